//! `datetime.timedelta`: a signed count of microseconds, shown and
//! normalised as CPython's (days, seconds in a day, microseconds).

use std::any::Any;
use std::rc::Rc;

use crate::python::lib::natives::{StdObject, kwarg};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// Microseconds in a day.
pub const DAY_US: i64 = 86_400_000_000;

/// A timedelta.
pub struct Delta(pub i64);

/// A timedelta value.
pub fn value(us: i64) -> Value {
    Value::Native(Rc::new(Delta(us)))
}

/// The microseconds of a timedelta value.
pub fn micros(v: &Value) -> Option<i64> {
    match v {
        Value::Native(n) => downcast::<Delta>(n).map(|d| d.0),
        _ => None,
    }
}

fn number(v: &Value) -> Res<f64> {
    match v.as_number() {
        Some(n) => Ok(n.to_f64()),
        None => type_error(format!("unsupported type for timedelta component: {}", v.type_name())),
    }
}

/// `timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)`.
pub fn new(args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    const NAMES: [(&str, f64); 7] = [
        ("days", 86_400e6), ("seconds", 1e6), ("microseconds", 1.0), ("milliseconds", 1e3), ("minutes", 60e6),
        ("hours", 3600e6), ("weeks", 604_800e6),
    ];
    if args.len() > 7 {
        return type_error(format!("timedelta() takes at most 7 arguments ({} given)", args.len()));
    }
    let mut total = 0f64;
    for (i, (name, scale)) in NAMES.iter().enumerate() {
        if let Some(v) = args.get(i).or_else(|| kwarg(kwargs, name)) {
            total += number(v)? * scale;
        }
    }
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !NAMES.iter().any(|(n, _)| **n == **k)) {
        return type_error(format!("'{k}' is an invalid keyword argument for __new__()"));
    }
    if total.abs() > 999_999_999.0 * DAY_US as f64 {
        return Err(exc("OverflowError", "days=1000000000; must have magnitude <= 999999999"));
    }
    Ok(value(total.round_ties_even() as i64))
}

impl Delta {
    fn parts(&self) -> (i64, i64, i64) {
        let days = self.0.div_euclid(DAY_US);
        let rest = self.0.rem_euclid(DAY_US);
        (days, rest / 1_000_000, rest % 1_000_000)
    }
    /// `str(td)`: `1 day, 2:03:04.500000`.
    fn text(&self) -> String {
        let (days, secs, us) = self.parts();
        let mut out = String::new();
        if days != 0 {
            out.push_str(&format!("{days} day{}, ", if days.abs() == 1 { "" } else { "s" }));
        }
        out.push_str(&format!("{}:{:02}:{:02}", secs / 3600, secs % 3600 / 60, secs % 60));
        if us != 0 {
            out.push_str(&format!(".{us:06}"));
        }
        out
    }
}

impl NativeObject for Delta {
    fn type_name(&self) -> &'static str {
        "datetime.timedelta"
    }
    fn repr(&self) -> String {
        let (days, secs, us) = self.parts();
        let parts: Vec<String> = [("days", days), ("seconds", secs), ("microseconds", us)]
            .iter()
            .filter(|(_, v)| *v != 0)
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if parts.is_empty() { "datetime.timedelta(0)".to_string() } else { format!("datetime.timedelta({})", parts.join(", ")) }
    }
    fn str(&self) -> String {
        self.text()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["total_seconds", "__add__", "__sub__", "__mul__", "__rmul__", "__truediv__", "__floordiv__", "__neg__", "__pos__", "__abs__"]
    }
    fn backing(&self) -> Option<Value> {
        Some(Value::Int(self.0))
    }
    fn equals_builtin(&self) -> bool {
        false
    }
}

fn unsupported(sym: &str, a: &str, b: &Value) -> Res<Value> {
    type_error(format!("unsupported operand type(s) for {sym}: '{a}' and '{}'", b.type_name()))
}

impl StdObject for Delta {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        let (days, secs, us) = self.parts();
        Some(Ok(Value::Int(match name {
            "days" => days,
            "seconds" => secs,
            "microseconds" => us,
            _ => return None,
        })))
    }
    fn call(&self, vm: &mut Vm, this: &Value, name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        let other = args.first().cloned().unwrap_or(Value::None);
        match name {
            "total_seconds" => Ok(Value::Float(self.0 as f64 / 1e6)),
            "__neg__" => Ok(value(-self.0)),
            "__pos__" => Ok(value(self.0)),
            "__abs__" => Ok(value(self.0.abs())),
            "__add__" | "__sub__" => {
                let sign = if name == "__add__" { 1 } else { -1 };
                match micros(&other) {
                    Some(o) => Ok(value(self.0 + sign * o)),
                    None if name == "__add__" && super::is_moment(&other) => super::call_moment(vm, &other, "__add__", this),
                    None => unsupported(if sign > 0 { "+" } else { "-" }, "datetime.timedelta", &other),
                }
            }
            "__mul__" | "__rmul__" => match &other {
                Value::Int(k) => Ok(value(self.0 * k)),
                Value::Float(f) => Ok(value((self.0 as f64 * f).round_ties_even() as i64)),
                _ => unsupported("*", "datetime.timedelta", &other),
            },
            "__truediv__" | "__floordiv__" => {
                if let Some(o) = micros(&other) {
                    if o == 0 {
                        return Err(exc("ZeroDivisionError", "division by zero"));
                    }
                    return Ok(if name == "__truediv__" { Value::Float(self.0 as f64 / o as f64) } else { Value::Int(self.0.div_euclid(o)) });
                }
                match &other {
                    Value::Int(0) => Err(exc("ZeroDivisionError", "division by zero")),
                    Value::Int(k) if name == "__floordiv__" => Ok(value(self.0.div_euclid(*k))),
                    Value::Int(k) => Ok(value((self.0 as f64 / *k as f64).round_ties_even() as i64)),
                    Value::Float(f) if name == "__truediv__" => Ok(value((self.0 as f64 / f).round_ties_even() as i64)),
                    _ => unsupported(if name == "__truediv__" { "/" } else { "//" }, "datetime.timedelta", &other),
                }
            }
            _ => type_error(format!("'datetime.timedelta' object has no method '{name}'")),
        }
    }
}
