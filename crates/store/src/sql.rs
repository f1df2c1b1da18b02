//! Read queries as data: a statement for the backend's dialect, its bound parameters, and
//! rows of plain values back. The query planner (crate `datafast-query`) writes statements;
//! user input only ever travels as parameters.

/// Which SQL the backend speaks; the planner writes statements for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    DuckDb,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SqlParam {
    Text(String),
    Int(i64),
    Float(f64),
    /// An instant, Unix milliseconds, compared with the `ts` column.
    TimestampMs(i64),
}

#[derive(Debug, Clone, PartialEq)]
pub enum SqlValue {
    Null,
    Int(i64),
    Float(f64),
    Text(String),
}

impl SqlValue {
    pub fn as_i64(&self) -> i64 {
        match self {
            SqlValue::Int(i) => *i,
            SqlValue::Float(f) => *f as i64,
            SqlValue::Text(t) => t.parse().unwrap_or(0),
            SqlValue::Null => 0,
        }
    }

    pub fn as_f64(&self) -> f64 {
        match self {
            SqlValue::Int(i) => *i as f64,
            SqlValue::Float(f) => *f,
            SqlValue::Text(t) => t.parse().unwrap_or(0.0),
            SqlValue::Null => 0.0,
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            SqlValue::Text(t) => t,
            _ => "",
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, SqlValue::Null)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SqlQuery {
    pub sql: String,
    pub params: Vec<SqlParam>,
}

pub type Row = Vec<SqlValue>;
