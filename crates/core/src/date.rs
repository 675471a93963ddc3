//! A calendar date, enough to pick the rule set in force on a day.
//!
//! The app needs dates only to compare them, so a small civil date keeps a
//! full date-time library out of the download.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day in the proleptic Gregorian calendar. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year, e.g. 2024.
    pub year: u16,
    /// Month 1–12.
    pub month: u8,
    /// Day of the month 1–31.
    pub day: u8,
}

impl Date {
    /// Builds a date, or `None` if it does not exist (e.g. 2023-02-29).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if month == 0 || month > 12 || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses an ISO date `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?;
        let month = parts.next()?;
        let day = parts.next()?;
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        // Only digits: "+1" or " 1" would parse as numbers, but no one
        // writes a month that way, so such a text is not a date.
        if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    /// ISO 8601, the one date format all three languages read the same way.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Date {
    /// The date `days` days after 1970-01-01 (negative: before it).
    /// With the days counted in China time this gives the date in China,
    /// where the rules and the limits' months are counted.
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Civil-from-days, after Howard Hinnant's public-domain algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_index = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_index + 2) / 5 + 1;
        let month = if month_index < 10 {
            month_index + 3
        } else {
            month_index - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date {
            year: year.clamp(0, 9999) as u16,
            month: month as u8,
            day: day as u8,
        }
    }

    /// Days from 1970-01-01 to this date; the inverse of
    /// [`Date::from_days_since_epoch`].
    pub fn days_since_epoch(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let month = i64::from(self.month);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5
            + i64::from(self.day)
            - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` days later (earlier when negative).
    pub fn plus_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The date in China (UTC+8, no daylight saving) at a Unix time in
    /// milliseconds, as browsers report it.
    pub fn in_china_at_unix_millis(millis: i64) -> Date {
        const CHINA_OFFSET_MILLIS: i64 = 8 * 60 * 60 * 1_000;
        const MILLIS_PER_DAY: i64 = 24 * 60 * 60 * 1_000;
        Date::from_days_since_epoch((millis + CHINA_OFFSET_MILLIS).div_euclid(MILLIS_PER_DAY))
    }
}

/// Stored and exported as an ISO date, "2024-04-15", readable by people
/// and spreadsheets alike.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        // A stored date is exactly as the app writes it, without spaces.
        Some(&text)
            .filter(|text| text.trim() == text.as_str())
            .and_then(|text| Date::parse_iso(text))
            // The message is never shown: the payment is named to the user
            // by what can be read of it.
            .ok_or_else(|| serde::de::Error::custom("not a date"))
    }
}
