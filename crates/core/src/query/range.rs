//! Date ranges and time buckets in the caller's time zone: `startAt`/`endAt` in their two forms,
//! the default windows per interval, and bucket boundaries that follow the zone's clock, so a
//! DST day is a 23- or 25-hour bucket and labels and offsets read as local time.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

use super::QueryError;

/// A half-open range of instants, `[start_ms, end_ms)`, in Unix milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    pub start_ms: i64,
    pub end_ms: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Hour,
    Day,
    Week,
    Month,
}

impl Interval {
    pub fn parse(raw: &str) -> Result<Interval, QueryError> {
        match raw {
            "hour" => Ok(Interval::Hour),
            "day" => Ok(Interval::Day),
            "week" => Ok(Interval::Week),
            "month" => Ok(Interval::Month),
            other => Err(QueryError::new(format!("`interval` must be hour, day, week or month, not \"{other}\""))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Interval::Hour => "hour",
            Interval::Day => "day",
            Interval::Week => "week",
            Interval::Month => "month",
        }
    }
}

pub fn parse_zone(raw: &str) -> Result<Tz, QueryError> {
    raw.parse::<Tz>().map_err(|_| {
        QueryError::new(format!(
            "`timezone` \"{raw}\" is not an IANA time zone (for example \"Europe/Paris\" or \"UTC\")"
        ))
    })
}

/// The first instant of a local date: local midnight, or the first valid local time after it
/// where the clocks jump over midnight.
pub fn start_of_day(tz: Tz, date: NaiveDate) -> i64 {
    local_to_utc(tz, date.and_time(NaiveTime::MIN))
}

/// A local wall-clock time as an instant: the earlier one when the clocks fall back, the first
/// valid minute after it when they spring forward.
fn local_to_utc(tz: Tz, local: NaiveDateTime) -> i64 {
    let mut t = local;
    for _ in 0..(24 * 60) {
        match tz.from_local_datetime(&t) {
            LocalResult::Single(at) => return at.timestamp_millis(),
            LocalResult::Ambiguous(earliest, _) => return earliest.timestamp_millis(),
            LocalResult::None => t += Duration::minutes(1),
        }
    }
    Utc.from_utc_datetime(&local).timestamp_millis()
}

fn local(tz: Tz, ms: i64) -> DateTime<Tz> {
    tz.timestamp_millis_opt(ms).single().unwrap_or_else(|| tz.timestamp_millis_opt(0).unwrap())
}

enum Bound {
    Date(NaiveDate),
    Instant(i64),
}

fn parse_bound(raw: &str, name: &str, tz: Tz) -> Result<Bound, QueryError> {
    let raw = raw.trim();
    if let Ok(date) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        return Ok(Bound::Date(date));
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(raw) {
        return Ok(Bound::Instant(at.timestamp_millis()));
    }
    // A date-time without zone: read on the requested zone's clock.
    for format in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(raw, format) {
            return Ok(Bound::Instant(local_to_utc(tz, naive)));
        }
    }
    Err(QueryError::new(format!(
        "`{name}` must be a date (YYYY-MM-DD) or an ISO 8601 timestamp with Z or an offset, not \"{raw}\""
    )))
}

/// A UTC midnight start and a UTC end of day (23:59 or later): the caller meant whole days.
fn whole_utc_days(start_ms: i64, end_ms: i64) -> Option<(NaiveDate, NaiveDate)> {
    let s = Utc.timestamp_millis_opt(start_ms).single()?;
    let e = Utc.timestamp_millis_opt(end_ms).single()?;
    let starts_at_midnight = s.time() == NaiveTime::MIN;
    let ends_at_day_end = e.hour() == 23 && e.minute() == 59;
    (starts_at_midnight && ends_at_day_end).then(|| (s.date_naive(), e.date_naive()))
}

/// The requested range, or None for all time. `startAt` and `endAt` come together or not at
/// all; both bounds are inclusive (a date includes its whole local day).
pub fn resolve_range(start: Option<&str>, end: Option<&str>, tz: Tz) -> Result<Option<TimeRange>, QueryError> {
    let (start, end) = match (start.filter(|s| !s.is_empty()), end.filter(|s| !s.is_empty())) {
        (None, None) => return Ok(None),
        (Some(s), Some(e)) => (s, e),
        _ => return Err(QueryError::new("`startAt` and `endAt` must be sent together")),
    };
    let (start, end) = (parse_bound(start, "startAt", tz)?, parse_bound(end, "endAt", tz)?);
    let (start_ms, end_ms) = match (start, end) {
        (Bound::Instant(s), Bound::Instant(e)) => match whole_utc_days(s, e) {
            // Full UTC days stand for calendar days in the requested zone.
            Some((first, last)) if tz != chrono_tz::UTC => {
                (start_of_day(tz, first), start_of_day(tz, last + Duration::days(1)))
            }
            _ => (s, e + 1),
        },
        (Bound::Date(s), Bound::Date(e)) => (start_of_day(tz, s), start_of_day(tz, e + Duration::days(1))),
        (Bound::Date(s), Bound::Instant(e)) => (start_of_day(tz, s), e + 1),
        (Bound::Instant(s), Bound::Date(e)) => (s, start_of_day(tz, e + Duration::days(1))),
    };
    if start_ms >= end_ms {
        return Err(QueryError::new("`startAt` must be before `endAt`"));
    }
    Ok(Some(TimeRange { start_ms, end_ms }))
}

/// The window a timeseries shows without dates: the last 24 hours (hour), the last 30 days
/// (day, week) or the last 12 months (month), each ending with the bucket that holds `now`.
pub fn default_window(interval: Interval, tz: Tz, now_ms: i64) -> TimeRange {
    let now = local(tz, now_ms);
    let today = now.date_naive();
    match interval {
        Interval::Hour => {
            let this_hour = truncate(Interval::Hour, tz, now_ms);
            TimeRange { start_ms: this_hour - 23 * 3_600_000, end_ms: this_hour + 3_600_000 }
        }
        Interval::Day | Interval::Week => TimeRange {
            start_ms: start_of_day(tz, today - Duration::days(29)),
            end_ms: start_of_day(tz, today + Duration::days(1)),
        },
        Interval::Month => {
            let first = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).expect("first of month");
            TimeRange {
                start_ms: start_of_day(tz, add_months(first, -11)),
                end_ms: start_of_day(tz, add_months(first, 1)),
            }
        }
    }
}

/// A range inside one local day is shown by the hour whatever interval was asked for.
pub fn effective_interval(requested: Interval, range: TimeRange, tz: Tz) -> Interval {
    let first = local(tz, range.start_ms).date_naive();
    let last = local(tz, range.end_ms - 1).date_naive();
    if first == last {
        Interval::Hour
    } else {
        requested
    }
}

fn add_months(first_of_month: NaiveDate, months: i32) -> NaiveDate {
    let total = first_of_month.year() * 12 + first_of_month.month0() as i32 + months;
    NaiveDate::from_ymd_opt(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1).expect("valid month")
}

/// The start of the bucket holding `ms`: the local hour, day, week (from Monday) or month.
pub fn truncate(interval: Interval, tz: Tz, ms: i64) -> i64 {
    let at = local(tz, ms);
    let date = at.date_naive();
    match interval {
        Interval::Hour => {
            // Whole hours of the local clock; the offset is taken at the instant itself so a
            // repeated hour at the end of DST stays two distinct buckets.
            let offset_ms = (at.naive_local() - at.naive_utc()).num_milliseconds();
            let local_ms = ms + offset_ms;
            local_ms - local_ms.rem_euclid(3_600_000) - offset_ms
        }
        Interval::Day => start_of_day(tz, date),
        Interval::Week => start_of_day(tz, date - Duration::days(date.weekday().num_days_from_monday() as i64)),
        Interval::Month => start_of_day(tz, NaiveDate::from_ymd_opt(date.year(), date.month(), 1).expect("month")),
    }
}

/// The start of the bucket after the one starting at `start`.
fn next_bucket(interval: Interval, tz: Tz, start: i64) -> i64 {
    let date = local(tz, start).date_naive();
    match interval {
        Interval::Hour => start + 3_600_000,
        Interval::Day => start_of_day(tz, date + Duration::days(1)),
        Interval::Week => start_of_day(tz, date + Duration::days(7)),
        Interval::Month => {
            start_of_day(tz, add_months(NaiveDate::from_ymd_opt(date.year(), date.month(), 1).expect("month"), 1))
        }
    }
}

/// The zone's UTC offset over a range as segments `(from_ms, offset_ms)`: each offset holds
/// from its instant until the next segment's. Lets a query turn instants into local clock
/// time with one CASE expression instead of a join against bucket boundaries.
pub fn offset_segments(tz: Tz, range: TimeRange) -> Vec<(i64, i64)> {
    let offset = |ms: i64| {
        let at = local(tz, ms);
        (at.naive_local() - at.naive_utc()).num_milliseconds()
    };
    let mut out = vec![(range.start_ms, offset(range.start_ms))];
    // Zones change offset on whole minutes and at most a few times a year: sample hourly,
    // then find each change to the minute.
    let mut t = range.start_ms;
    while t < range.end_ms {
        let next = (t + 3_600_000).min(range.end_ms);
        let current = out.last().expect("non-empty").1;
        if offset(next) != current {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > 60_000 {
                let mid = lo + (hi - lo) / 2;
                if offset(mid) == current {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let mut change = hi - hi.rem_euclid(60_000);
            if offset(change) == current {
                change += 60_000;
            }
            out.push((change, offset(change)));
        }
        t = next;
    }
    out
}

/// The local clock time of an instant, as milliseconds of a naive (zone-less) timeline.
pub fn local_ms(tz: Tz, ms: i64) -> i64 {
    let at = local(tz, ms);
    ms + (at.naive_local() - at.naive_utc()).num_milliseconds()
}

/// Each bucket's key as a query computes it from an event's local clock time: the UTC start
/// for hours (so a repeated DST hour stays two buckets), otherwise the local start of the
/// day, Monday or month on the naive local timeline.
pub fn bucket_keys(tz: Tz, interval: Interval, buckets: &[Bucket]) -> Vec<i64> {
    buckets
        .iter()
        .map(|b| {
            let date = local(tz, b.start_ms).date_naive();
            let day_start = |d: NaiveDate| d.and_time(NaiveTime::MIN).and_utc().timestamp_millis();
            match interval {
                Interval::Hour => b.start_ms,
                Interval::Day => day_start(date),
                Interval::Week => day_start(date - Duration::days(date.weekday().num_days_from_monday() as i64)),
                Interval::Month => {
                    day_start(NaiveDate::from_ymd_opt(date.year(), date.month(), 1).expect("first of month"))
                }
            }
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    pub start_ms: i64,
    pub end_ms: i64,
    /// Display label: `17 Dec` (day, week: its Monday), `17 Dec 14:00` (hour), `Dec 2025` (month).
    pub name: String,
    /// Bucket start as ISO 8601 with the zone's offset at that instant (`Z` for UTC).
    pub timestamp: String,
}

/// Every bucket overlapping `range`, in order; the first may start before the range and the
/// last end after it (a week or month bucket is labelled by its calendar start).
pub fn buckets(range: TimeRange, interval: Interval, tz: Tz) -> Vec<Bucket> {
    let mut out = Vec::new();
    let mut start = truncate(interval, tz, range.start_ms);
    while start < range.end_ms {
        let end = next_bucket(interval, tz, start);
        let at = local(tz, start);
        let name = match interval {
            Interval::Hour => at.format("%d %b %H:00").to_string(),
            Interval::Day | Interval::Week => at.format("%d %b").to_string(),
            Interval::Month => at.format("%b %Y").to_string(),
        };
        let timestamp = if tz == chrono_tz::UTC {
            at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
        } else {
            at.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
        };
        out.push(Bucket { start_ms: start, end_ms: end, name, timestamp });
        if end <= start {
            break;
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tz(s: &str) -> Tz {
        parse_zone(s).unwrap()
    }

    fn ms(rfc3339: &str) -> i64 {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().timestamp_millis()
    }

    #[test]
    fn dates_are_local_days_and_timestamps_exact_instants() {
        let paris = tz("Europe/Paris");
        let r = resolve_range(Some("2026-01-10"), Some("2026-01-11"), paris).unwrap().unwrap();
        assert_eq!((r.start_ms, r.end_ms), (ms("2026-01-09T23:00:00Z"), ms("2026-01-11T23:00:00Z")));
        let r = resolve_range(Some("2026-01-10T10:00:00+01:00"), Some("2026-01-10T12:00:00Z"), paris).unwrap().unwrap();
        assert_eq!((r.start_ms, r.end_ms), (ms("2026-01-10T09:00:00Z"), ms("2026-01-10T12:00:00Z") + 1));
        // Whole UTC days are re-read as calendar days in the zone.
        let r = resolve_range(Some("2026-01-10T00:00:00Z"), Some("2026-01-10T23:59:59.999Z"), paris).unwrap().unwrap();
        assert_eq!((r.start_ms, r.end_ms), (ms("2026-01-09T23:00:00Z"), ms("2026-01-10T23:00:00Z")));
        // A zone-less date-time is read on the zone's clock.
        let r = resolve_range(Some("2026-01-10T08:00:00"), Some("2026-01-10"), paris).unwrap().unwrap();
        assert_eq!(r.start_ms, ms("2026-01-10T07:00:00Z"));
    }

    #[test]
    fn bad_ranges_are_refused() {
        let utc = chrono_tz::UTC;
        assert!(resolve_range(None, None, utc).unwrap().is_none());
        for (s, e) in [
            (Some("2026-01-10"), None),
            (None, Some("2026-01-10")),
            (Some("2026-01-12"), Some("2026-01-10")),
            (Some("10/01/2026"), Some("2026-01-11")),
            (Some("2026-02-30"), Some("2026-03-01")),
        ] {
            assert!(resolve_range(s, e, utc).is_err(), "{s:?} {e:?}");
        }
        assert!(parse_zone("Mars/Olympus").is_err());
        assert!(Interval::parse("minute").is_err());
    }

    #[test]
    fn dst_days_have_23_and_25_hours() {
        let ny = tz("America/New_York");
        let r = resolve_range(Some("2026-03-07"), Some("2026-03-09"), ny).unwrap().unwrap();
        let days = buckets(r, Interval::Day, ny);
        let hours: Vec<i64> = days.iter().map(|b| (b.end_ms - b.start_ms) / 3_600_000).collect();
        assert_eq!(hours, vec![24, 23, 24]);
        assert_eq!(days[1].timestamp, "2026-03-08T00:00:00-05:00");
        assert_eq!(days[2].timestamp, "2026-03-09T00:00:00-04:00");
        assert_eq!(days[0].name, "07 Mar");
        let fall = resolve_range(Some("2026-11-01"), Some("2026-11-01"), ny).unwrap().unwrap();
        assert_eq!(fall.end_ms - fall.start_ms, 25 * 3_600_000);
        assert_eq!(effective_interval(Interval::Day, fall, ny), Interval::Hour);
        let hours = buckets(fall, Interval::Hour, ny);
        assert_eq!(hours.len(), 25, "the repeated 01:00 hour is its own bucket");
        assert_eq!(hours[1].timestamp, "2026-11-01T01:00:00-04:00");
        assert_eq!(hours[2].timestamp, "2026-11-01T01:00:00-05:00");
    }

    #[test]
    fn offset_segments_find_each_change_to_the_minute() {
        let ny = tz("America/New_York");
        let r = resolve_range(Some("2026-03-01"), Some("2026-11-30"), ny).unwrap().unwrap();
        let segments = offset_segments(ny, r);
        assert_eq!(
            segments,
            vec![
                (r.start_ms, -5 * 3_600_000),
                (ms("2026-03-08T07:00:00Z"), -4 * 3_600_000),
                (ms("2026-11-01T06:00:00Z"), -5 * 3_600_000),
            ]
        );
        assert_eq!(offset_segments(chrono_tz::UTC, r), vec![(r.start_ms, 0)]);
        assert_eq!(local_ms(ny, ms("2026-03-08T07:00:00Z")), ms("2026-03-08T03:00:00Z"));
    }

    #[test]
    fn half_hour_zones_weeks_months_and_default_windows() {
        let kolkata = tz("Asia/Kolkata");
        let r = resolve_range(Some("2025-12-17"), Some("2025-12-18"), kolkata).unwrap().unwrap();
        let days = buckets(r, Interval::Day, kolkata);
        assert_eq!(days[0].timestamp, "2025-12-17T00:00:00+05:30");
        assert_eq!((days[0].name.as_str(), days.len()), ("17 Dec", 2));
        let utc = chrono_tz::UTC;
        let r = resolve_range(Some("2024-01-01"), Some("2024-01-31"), utc).unwrap().unwrap();
        let weeks = buckets(r, Interval::Week, utc);
        assert_eq!(weeks[0].timestamp, "2024-01-01T00:00:00Z", "2024-01-01 is a Monday");
        assert_eq!(weeks.len(), 5);
        let months =
            buckets(resolve_range(Some("2025-11-15"), Some("2026-02-01"), utc).unwrap().unwrap(), Interval::Month, utc);
        let names: Vec<&str> = months.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, ["Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026"]);
        let now = ms("2026-11-28T17:30:00Z");
        assert_eq!(buckets(default_window(Interval::Day, utc, now), Interval::Day, utc).len(), 30);
        assert_eq!(buckets(default_window(Interval::Hour, utc, now), Interval::Hour, utc).len(), 24);
        let year = buckets(default_window(Interval::Month, utc, now), Interval::Month, utc);
        assert_eq!((year.len(), year[0].name.as_str()), (12, "Dec 2025"));
    }
}
