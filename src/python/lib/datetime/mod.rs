//! The `datetime` module: `datetime`, `date` and `timedelta`, naive, with
//! `now()` / `today()` / `utcnow()` reading the virtual clock (local time is
//! UTC), and CPython's reprs, str, isoformat, strftime and arithmetic.

mod delta;

use std::any::Any;
use std::rc::Rc;

use super::natives::{StdObject, arg, check_kwargs, int_arg};
use super::wallclock::{Civil, days_from_civil};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;
use delta::{DAY_US, Delta, micros};

/// A class of the module, as a value.
pub struct Class(Kind);

/// Which class.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    DateTime,
    Date,
    TimeDelta,
}

/// A datetime or a date: microseconds since 1970-01-01 00:00 (a date's are whole days).
pub struct Moment {
    us: i64,
    date_only: bool,
}

/// `datetime.name`.
pub fn attr(name: &str) -> Option<Value> {
    let kind = match name {
        "datetime" => Kind::DateTime,
        "date" => Kind::Date,
        "timedelta" => Kind::TimeDelta,
        "MINYEAR" => return Some(Value::Int(1)),
        "MAXYEAR" => return Some(Value::Int(9999)),
        _ => return None,
    };
    Some(Value::Native(Rc::new(Class(kind))))
}

fn moment(us: i64, date_only: bool) -> Value {
    Value::Native(Rc::new(Moment { us, date_only }))
}

/// Whether `v` is a datetime or a date.
fn is_moment(v: &Value) -> bool {
    matches!(v, Value::Native(n) if downcast::<Moment>(n).is_some())
}

/// Calls method `name` of the datetime or date `v`.
fn call_moment(vm: &mut Vm, v: &Value, name: &str, arg: &Value) -> Res<Value> {
    vm.lib.call_method(vm, v, name, vec![arg.clone()], Vec::new())
}

fn days_in_month(y: i64, m: i64) -> i64 {
    days_from_civil(if m == 12 { y + 1 } else { y }, if m == 12 { 1 } else { m + 1 }, 1) - days_from_civil(y, m, 1)
}

/// Builds a moment from its fields, checked as CPython checks them.
fn from_fields(f: [i64; 7], date_only: bool) -> Res<Value> {
    let [y, mo, d, h, mi, s, us] = f;
    if !(1..=9999).contains(&y) {
        return Err(exc("ValueError", format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&mo) {
        return Err(exc("ValueError", "month must be in 1..12"));
    }
    if d < 1 || d > days_in_month(y, mo) {
        return Err(exc("ValueError", "day is out of range for month"));
    }
    for (v, hi, what) in [(h, 23, "hour"), (mi, 59, "minute"), (s, 59, "second"), (us, 999_999, "microsecond")] {
        if !(0..=hi).contains(&v) {
            return Err(exc("ValueError", format!("{what} must be in 0..{hi}")));
        }
    }
    let days = days_from_civil(y, mo, d);
    Ok(moment(days * DAY_US + ((h * 60 + mi) * 60 + s) * 1_000_000 + us, date_only))
}

fn construct(kind: Kind, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    const NAMES: [&str; 7] = ["year", "month", "day", "hour", "minute", "second", "microsecond"];
    let n = if kind == Kind::Date { 3 } else { 7 };
    check_kwargs(if kind == Kind::Date { "date" } else { "datetime" }, kwargs, &NAMES[..n])?;
    let mut f = [0i64; 7];
    for (i, name) in NAMES.iter().enumerate().take(n) {
        match arg(args, kwargs, i, name) {
            Some(v) => f[i] = int_arg(v)?,
            None if i < 3 => return type_error(format!("function missing required argument '{name}' (pos {})", i + 1)),
            None => {}
        }
    }
    from_fields(f, kind == Kind::Date)
}

/// The clock's reading in microseconds (rounded half to even, as `fromtimestamp`).
fn timestamp_us(secs: f64) -> i64 {
    (secs * 1e6).round_ties_even() as i64
}

impl Moment {
    fn civil(&self) -> (Civil, i64) {
        let us = self.us.rem_euclid(1_000_000);
        (Civil::from_timestamp(self.us.div_euclid(1_000_000) as f64), us)
    }
    fn iso(&self, sep: &str) -> String {
        let (c, us) = self.civil();
        let date = format!("{:04}-{:02}-{:02}", c.year, c.month, c.day);
        if self.date_only {
            return date;
        }
        let frac = if us != 0 { format!(".{us:06}") } else { String::new() };
        format!("{date}{sep}{:02}:{:02}:{:02}{frac}", c.hour, c.minute, c.second)
    }
}

impl NativeObject for Moment {
    fn type_name(&self) -> &'static str {
        if self.date_only { "datetime.date" } else { "datetime.datetime" }
    }
    fn repr(&self) -> String {
        let (c, us) = self.civil();
        if self.date_only {
            return format!("datetime.date({}, {}, {})", c.year, c.month, c.day);
        }
        let mut fields = vec![c.year, c.month, c.day, c.hour, c.minute];
        if c.second != 0 || us != 0 {
            fields.push(c.second);
        }
        if us != 0 {
            fields.push(us);
        }
        let text: Vec<String> = fields.iter().map(i64::to_string).collect();
        format!("datetime.datetime({})", text.join(", "))
    }
    fn str(&self) -> String {
        self.iso(" ")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["strftime", "isoformat", "timestamp", "date", "weekday", "isoweekday", "replace", "ctime", "__add__", "__sub__", "__format__"]
    }
    fn backing(&self) -> Option<Value> {
        Some(Value::tuple(vec![Value::Bool(self.date_only), Value::Int(self.us)]))
    }
    fn equals_builtin(&self) -> bool {
        false
    }
}

impl StdObject for Moment {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        let (c, us) = self.civil();
        let v = match name {
            "year" => c.year,
            "month" => c.month,
            "day" => c.day,
            "hour" if !self.date_only => c.hour,
            "minute" if !self.date_only => c.minute,
            "second" if !self.date_only => c.second,
            "microsecond" if !self.date_only => us,
            _ => return None,
        };
        Some(Ok(Value::Int(v)))
    }
    fn call(&self, _vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let (c, us) = self.civil();
        let other = args.first().cloned().unwrap_or(Value::None);
        match name {
            "strftime" | "__format__" => match &other {
                Value::Str(f) => Ok(Value::str(&c.strftime(f, "", us))),
                o => type_error(format!("strftime() argument 1 must be str, not {}", o.type_name())),
            },
            "isoformat" => {
                let sep = match arg(&args, &kwargs, 0, "sep") {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => "T".to_string(),
                };
                Ok(Value::str(&self.iso(&sep)))
            }
            "ctime" => Ok(Value::str(&c.asctime())),
            "timestamp" => Ok(Value::Float(self.us as f64 / 1e6)),
            "date" => Ok(moment(self.us.div_euclid(DAY_US) * DAY_US, true)),
            "weekday" => Ok(Value::Int(c.weekday)),
            "isoweekday" => Ok(Value::Int(c.weekday + 1)),
            "replace" => {
                let mut f = [c.year, c.month, c.day, c.hour, c.minute, c.second, us];
                const NAMES: [&str; 7] = ["year", "month", "day", "hour", "minute", "second", "microsecond"];
                for (i, name) in NAMES.iter().enumerate() {
                    if let Some(v) = arg(&args, &kwargs, i, name) {
                        f[i] = int_arg(v)?;
                    }
                }
                from_fields(f, self.date_only)
            }
            "__add__" => match micros(&other) {
                Some(d) if self.date_only => Ok(moment(self.us + d.div_euclid(DAY_US) * DAY_US, true)),
                Some(d) => Ok(moment(self.us + d, false)),
                None => type_error(format!("unsupported operand type(s) for +: '{}' and '{}'", self.type_name(), other.type_name())),
            },
            _ => {
                if let Some(d) = micros(&other) {
                    let d = if self.date_only { d.div_euclid(DAY_US) * DAY_US } else { d };
                    return Ok(moment(self.us - d, self.date_only));
                }
                if let Value::Native(n) = &other
                    && let Some(m) = downcast::<Moment>(n)
                    && m.date_only == self.date_only
                {
                    return Ok(delta::value(self.us - m.us));
                }
                type_error(format!("unsupported operand type(s) for -: '{}' and '{}'", self.type_name(), other.type_name()))
            }
        }
    }
}

impl NativeObject for Class {
    fn type_name(&self) -> &'static str {
        "type"
    }
    fn repr(&self) -> String {
        let name = match self.0 {
            Kind::DateTime => "datetime",
            Kind::Date => "date",
            Kind::TimeDelta => "timedelta",
        };
        format!("<class 'datetime.{name}'>")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        match self.0 {
            Kind::TimeDelta => &["__call__"],
            Kind::Date => &["__call__", "today", "fromtimestamp"],
            Kind::DateTime => &["__call__", "now", "today", "utcnow", "fromtimestamp", "utcfromtimestamp"],
        }
    }
}

impl StdObject for Class {
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let date_only = self.0 == Kind::Date;
        match name {
            "__call__" if self.0 == Kind::TimeDelta => delta::new(&args, &kwargs),
            "__call__" => construct(self.0, &args, &kwargs),
            "now" | "today" | "utcnow" => {
                let us = timestamp_us(vm.now());
                Ok(moment(if date_only { us.div_euclid(DAY_US) * DAY_US } else { us }, date_only))
            }
            _ => {
                let Some(secs) = args.first().and_then(Value::as_number) else {
                    return type_error("'NoneType' object cannot be interpreted as an integer");
                };
                let us = timestamp_us(secs.to_f64());
                Ok(moment(if date_only { us.div_euclid(DAY_US) * DAY_US } else { us }, date_only))
            }
        }
    }
}

/// `isinstance(v, class)` when `class` is one of this module's classes (a
/// datetime is a date, as in CPython).
pub fn is_instance(v: &Value, class: &Value) -> Option<bool> {
    let Value::Native(c) = class else { return None };
    let kind = downcast::<Class>(c)?.0;
    let Value::Native(n) = v else { return Some(false) };
    Some(match (kind, downcast::<Moment>(n)) {
        (Kind::Date, Some(_)) => true,
        (Kind::DateTime, Some(m)) => !m.date_only,
        (Kind::TimeDelta, _) => downcast::<Delta>(n).is_some(),
        _ => false,
    })
}

/// The finders for this module's objects, for the library's dispatch.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    let any = n.as_any();
    if let Some(x) = any.downcast_ref::<Moment>() {
        return Some(x);
    }
    if let Some(x) = any.downcast_ref::<Delta>() {
        return Some(x);
    }
    any.downcast_ref::<Class>().map(|x| x as &dyn StdObject)
}
