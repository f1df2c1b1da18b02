//! Country names ↔ ISO 3166-1 alpha-2 codes, from `i18n-iso-countries` 7.14.0 (MIT, vendored
//! as `data/countries-en.json`, licence in `data/countries-LICENSE`). Breakdowns show the first
//! English name (`United States of America`); filters accept any listed name or the code.

use std::collections::HashMap;
use std::sync::OnceLock;

struct Countries {
    names: HashMap<String, String>,
    codes_by_lower_name: HashMap<String, String>,
}

fn countries() -> &'static Countries {
    static DATA: OnceLock<Countries> = OnceLock::new();
    DATA.get_or_init(|| {
        let raw: serde_json::Value =
            serde_json::from_str(include_str!("../data/countries-en.json")).expect("vendored country names are valid");
        let mut names = HashMap::new();
        let mut codes_by_lower_name = HashMap::new();
        for (code, value) in raw["countries"].as_object().expect("countries object") {
            let all: Vec<String> = match value {
                serde_json::Value::String(s) => vec![s.clone()],
                serde_json::Value::Array(a) => a.iter().filter_map(|v| v.as_str().map(String::from)).collect(),
                _ => continue,
            };
            if let Some(first) = all.first() {
                names.insert(code.clone(), first.clone());
            }
            for name in all {
                codes_by_lower_name.entry(name.to_lowercase()).or_insert_with(|| code.clone());
            }
            codes_by_lower_name.insert(code.to_lowercase(), code.clone());
        }
        Countries { names, codes_by_lower_name }
    })
}

/// The English name of an ISO code (`FR` → `France`).
pub fn name(code: &str) -> Option<&'static str> {
    countries().names.get(&code.to_ascii_uppercase()).map(String::as_str)
}

/// The ISO code of a name or code, any letter case (`united states`, `USA`, `us` → `US`).
pub fn code(name_or_code: &str) -> Option<&'static str> {
    countries().codes_by_lower_name.get(&name_or_code.trim().to_lowercase()).map(String::as_str)
}

/// The flag image DataFast's breakdown rows link to.
pub fn flag_url(code: &str) -> String {
    format!("https://purecatamphetamine.github.io/country-flag-icons/3x2/{}.svg", code.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_and_codes() {
        assert_eq!(super::name("us"), Some("United States of America"));
        assert_eq!(super::code("United States"), Some("US"));
        assert_eq!(super::code("usa"), Some("US"));
        assert_eq!(super::code("Canada"), Some("CA"));
        assert_eq!(super::code("fr"), Some("FR"));
        assert_eq!(super::code("Atlantis"), None);
    }
}
