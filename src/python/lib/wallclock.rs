//! Wall-clock time on the virtual clock: the clock read as seconds since
//! 1970-01-01 00:00:00 UTC, and local time is UTC (`time.localtime`,
//! `gmtime`, `strftime`, `ctime`, `asctime`, and the calendar arithmetic
//! that datetime and logging share).

use super::collections::namedtuple::{Shape, record_items};
use super::natives::int_arg;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use crate::python::vm::machine::Vm;

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A broken-down time: what a `struct_time` holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Civil {
    /// The year.
    pub year: i64,
    /// 1..=12.
    pub month: i64,
    /// 1..=31.
    pub day: i64,
    /// 0..=23.
    pub hour: i64,
    /// 0..=59.
    pub minute: i64,
    /// 0..=61.
    pub second: i64,
    /// Monday is 0.
    pub weekday: i64,
    /// 1..=366.
    pub yday: i64,
}

/// Days since 1970-01-01 of a date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

impl Civil {
    /// The broken-down UTC time of `secs` since the epoch (fractions dropped).
    pub fn from_timestamp(secs: f64) -> Civil {
        let whole = secs.floor() as i64;
        let days = whole.div_euclid(86400);
        let rem = whole.rem_euclid(86400);
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: rem / 3600,
            minute: rem % 3600 / 60,
            second: rem % 60,
            weekday: (days + 3).rem_euclid(7),
            yday: days - days_from_civil(year, 1, 1) + 1,
        }
    }

    /// The nine items of a `struct_time`.
    fn items(&self) -> Vec<Value> {
        [self.year, self.month, self.day, self.hour, self.minute, self.second, self.weekday, self.yday, 0]
            .into_iter()
            .map(Value::Int)
            .collect()
    }

    /// `time.asctime()`'s text: `Thu Jan  1 00:00:00 1970`.
    pub fn asctime(&self) -> String {
        format!(
            "{} {} {:>2} {:02}:{:02}:{:02} {}",
            &DAYS[self.weekday as usize][..3],
            &MONTHS[(self.month - 1) as usize][..3],
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.year
        )
    }

    /// The week number with weeks starting on `first` (0 Monday, 6 Sunday), as `%W` / `%U`.
    fn week(&self, sunday_first: bool) -> i64 {
        let wd = if sunday_first { (self.weekday + 1) % 7 } else { self.weekday };
        (self.yday - 1 + 7 - wd) / 7
    }

    /// Formats with C `strftime` directives (glibc's, in the C locale).
    pub fn strftime(&self, fmt: &str, zone: &str, micros: i64) -> String {
        let mut out = String::new();
        let mut chars = fmt.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let Some(d) = chars.next() else {
                out.push('%');
                break;
            };
            let hour12 = if self.hour % 12 == 0 { 12 } else { self.hour % 12 };
            let text = match d {
                'a' => DAYS[self.weekday as usize][..3].to_string(),
                'A' => DAYS[self.weekday as usize].to_string(),
                'b' | 'h' => MONTHS[(self.month - 1) as usize][..3].to_string(),
                'B' => MONTHS[(self.month - 1) as usize].to_string(),
                'c' => self.asctime(),
                'C' => format!("{:02}", self.year / 100),
                'd' => format!("{:02}", self.day),
                'D' | 'x' => format!("{:02}/{:02}/{:02}", self.month, self.day, self.year % 100),
                'e' => format!("{:>2}", self.day),
                'F' => format!("{}-{:02}-{:02}", self.year, self.month, self.day),
                'f' if micros >= 0 => format!("{micros:06}"),
                'H' => format!("{:02}", self.hour),
                'I' => format!("{hour12:02}"),
                'j' => format!("{:03}", self.yday),
                'k' => format!("{:>2}", self.hour),
                'l' => format!("{hour12:>2}"),
                'm' => format!("{:02}", self.month),
                'M' => format!("{:02}", self.minute),
                'n' => "\n".to_string(),
                'p' => (if self.hour < 12 { "AM" } else { "PM" }).to_string(),
                'P' => (if self.hour < 12 { "am" } else { "pm" }).to_string(),
                'R' => format!("{:02}:{:02}", self.hour, self.minute),
                's' => {
                    let days = days_from_civil(self.year, self.month, self.day);
                    (days * 86400 + self.hour * 3600 + self.minute * 60 + self.second).to_string()
                }
                'S' => format!("{:02}", self.second),
                't' => "\t".to_string(),
                'T' | 'X' => format!("{:02}:{:02}:{:02}", self.hour, self.minute, self.second),
                'u' => (self.weekday + 1).to_string(),
                'U' => format!("{:02}", self.week(true)),
                'w' => ((self.weekday + 1) % 7).to_string(),
                'W' => format!("{:02}", self.week(false)),
                'y' => format!("{:02}", self.year % 100),
                'Y' => self.year.to_string(),
                'z' if zone.is_empty() => String::new(),
                'z' => "+0000".to_string(),
                'Z' => zone.to_string(),
                '%' => "%".to_string(),
                other => format!("%{other}"),
            };
            out.push_str(&text);
        }
        out
    }
}

/// A `time.struct_time` value.
fn struct_time(c: &Civil, zone: &'static str) -> Value {
    let shape = Shape::builtin(
        "time.struct_time",
        "time.",
        &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
        vec![("tm_zone", Value::str(zone)), ("tm_gmtoff", Value::Int(0))],
    );
    shape.instance(c.items())
}

/// Reads a `struct_time` or a 9-tuple back into a [`Civil`].
fn civil_arg(v: &Value, func: &str) -> Res<Civil> {
    let items = match record_items(v) {
        Some(items) => items.to_vec(),
        None => match v {
            Value::Tuple(t) => t.to_vec(),
            _ => return type_error("Tuple or struct_time argument required"),
        },
    };
    if items.len() != 9 {
        return type_error(format!("{func}(): illegal time tuple argument"));
    }
    let n: Vec<i64> = items.iter().map(int_arg).collect::<Res<_>>()?;
    if !(1..=12).contains(&n[1]) {
        return Err(exc("ValueError", "month out of range"));
    }
    if !(1..=31).contains(&n[2]) {
        return Err(exc("ValueError", "day of month out of range"));
    }
    Ok(Civil { year: n[0], month: n[1], day: n[2], hour: n[3], minute: n[4], second: n[5], weekday: n[6].rem_euclid(7), yday: n[7].max(1) })
}

/// The seconds argument of localtime / gmtime / ctime (the clock when absent or None).
fn secs_arg(vm: &Vm, args: &[Value]) -> Res<f64> {
    match args.first() {
        None | Some(Value::None) => Ok(vm.now()),
        Some(v) => match v.as_number() {
            Some(n) => Ok(n.to_f64()),
            None => type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())),
        },
    }
}

/// The names this room adds to `time`.
pub const NAMES: &[&str] = &[
    "time.localtime", "time.gmtime", "time.strftime", "time.ctime", "time.asctime", "time.time_ns",
    "time.monotonic_ns", "time.perf_counter_ns",
];

/// Calls `time.func(…)` for the functions in [`NAMES`].
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>) -> Res<Value> {
    match func {
        "localtime" | "gmtime" => {
            super::builtins::arg_count(func, &args, 0, 1)?;
            let c = Civil::from_timestamp(secs_arg(vm, &args)?);
            Ok(struct_time(&c, if func == "gmtime" { "GMT" } else { "UTC" }))
        }
        "ctime" => {
            super::builtins::arg_count(func, &args, 0, 1)?;
            Ok(Value::str(&Civil::from_timestamp(secs_arg(vm, &args)?).asctime()))
        }
        "asctime" => {
            super::builtins::arg_count(func, &args, 0, 1)?;
            let c = match args.first() {
                Some(t) => civil_arg(t, "asctime")?,
                None => Civil::from_timestamp(vm.now()),
            };
            Ok(Value::str(&c.asctime()))
        }
        "strftime" => {
            super::builtins::arg_count(func, &args, 1, 2)?;
            let Value::Str(fmt) = &args[0] else {
                return type_error(format!("strftime() argument 1 must be str, not {}", args[0].type_name()));
            };
            let (c, zone) = match args.get(1) {
                Some(t) => {
                    let zone = match t {
                        Value::Native(n) if n.type_name() == "struct_time" => {
                            match super::natives::get_attr(vm, t, n, "tm_zone") {
                                Some(Ok(Value::Str(z))) => z.to_string(),
                                _ => "UTC".to_string(),
                            }
                        }
                        _ => "UTC".to_string(),
                    };
                    (civil_arg(t, "strftime")?, zone)
                }
                None => (Civil::from_timestamp(vm.now()), "UTC".to_string()),
            };
            Ok(Value::str(&c.strftime(fmt, &zone, -1)))
        }
        _ => {
            let ns = (vm.now() * 1e9).round();
            Ok(Value::Int(ns as i64))
        }
    }
}
