//! The `itertools` module: every iterator lazy where CPython's is (`count()`
//! is endless), the combinatoric ones over pools collected first, as
//! CPython collects them.

mod combinatorics;

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::natives::{StdObject, arg, int_arg, kwarg};
use crate::python::object::code::BinOp;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;
use crate::python::vm::iter::{get_iter, next};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;
use combinatorics::Indices;

/// The module's functions, as `itertools.name`.
pub const FUNCTIONS: &[&str] = &[
    "itertools.count", "itertools.cycle", "itertools.repeat", "itertools.islice", "itertools.chain",
    "itertools.accumulate", "itertools.groupby", "itertools.product", "itertools.permutations",
    "itertools.combinations", "itertools.combinations_with_replacement", "itertools.pairwise",
    "itertools.zip_longest", "itertools.starmap", "itertools.takewhile", "itertools.dropwhile",
    "itertools.filterfalse", "itertools.compress", "itertools.tee", "itertools.chain.from_iterable",
];

/// `itertools.name`.
pub fn attr(name: &str) -> Option<Value> {
    FUNCTIONS.iter().find(|f| f.strip_prefix("itertools.") == Some(name)).map(|f| Value::Builtin(f))
}

/// Where an itertools iterator is.
enum State {
    Count(Value, Value),
    Cycle { it: Option<Value>, saved: Vec<Value>, i: usize },
    Repeat(Value, Option<i64>),
    Islice { it: Value, next_at: i64, stop: Option<i64>, step: i64, pos: i64 },
    Chain { sources: Value, current: Option<Value> },
    Accumulate { it: Value, func: Option<Value>, total: Option<Value> },
    GroupBy { it: Value, key: Option<Value>, pending: Option<(Value, Value)> },
    Combinatoric { pools: Vec<Vec<Value>>, indices: Indices },
    Pairwise { it: Value, prev: Option<Value> },
    ZipLongest { its: Vec<Option<Value>>, fill: Value },
    Starmap(Value, Value),
    TakeWhile(Value, Value),
    DropWhile(Value, Value, bool),
    FilterFalse(Value, Value),
    Compress(Value, Value),
    Tee(Rc<RefCell<TeeBuffer>>, usize),
    Done,
}

/// What the iterators made by one `tee()` share: the source and what it gave.
struct TeeBuffer {
    it: Value,
    items: Vec<Value>,
}

/// An itertools iterator.
pub struct ItIter {
    kind: &'static str,
    state: RefCell<State>,
}

fn make(kind: &'static str, state: State) -> Value {
    Value::Native(Rc::new(ItIter { kind, state: RefCell::new(state) }))
}

fn one_iter(vm: &mut Vm, args: &[Value], func: &str) -> Res<Value> {
    match args {
        [it] => get_iter(vm, it),
        _ => type_error(format!("{func} expected 1 argument, got {}", args.len())),
    }
}

fn two_args<'a>(args: &'a [Value], func: &str) -> Res<(&'a Value, &'a Value)> {
    match args {
        [a, b] => Ok((a, b)),
        _ => type_error(format!("{func} expected 2 arguments, got {}", args.len())),
    }
}

fn islice_index(v: Option<&Value>, what: &str) -> Res<Option<i64>> {
    let bad = || exc("ValueError", format!("{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) if *i >= 0 => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(_) => Err(bad()),
    }
}

fn islice(vm: &mut Vm, args: &[Value]) -> Res<Value> {
    if args.len() < 2 || args.len() > 4 {
        return type_error(format!("islice expected at least 2 arguments, got {}", args.len()));
    }
    let it = get_iter(vm, &args[0])?;
    let (start, stop, step) = if args.len() == 2 {
        (0, islice_index(args.get(1), "Stop argument")?, 1)
    } else {
        let start = islice_index(args.get(1), "Indices")?.unwrap_or(0);
        let stop = islice_index(args.get(2), "Stop argument")?;
        let step = match args.get(3) {
            None | Some(Value::None) => 1,
            Some(Value::Int(s)) if *s > 0 => *s,
            Some(_) => return Err(exc("ValueError", "Step for islice() must be a positive integer or None.")),
        };
        (start, stop, step)
    };
    Ok(make("itertools.islice", State::Islice { it, next_at: start, stop, step, pos: 0 }))
}

/// Calls `itertools.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    Ok(match func {
        "count" => {
            let start = arg(&args, &kwargs, 0, "start").cloned().unwrap_or(Value::Int(0));
            let step = arg(&args, &kwargs, 1, "step").cloned().unwrap_or(Value::Int(1));
            if start.as_number().is_none() || step.as_number().is_none() {
                return type_error("a number is required");
            }
            make("itertools.count", State::Count(start, step))
        }
        "cycle" => make("itertools.cycle", State::Cycle { it: Some(one_iter(vm, &args, "cycle")?), saved: Vec::new(), i: 0 }),
        "repeat" => {
            let Some(obj) = arg(&args, &kwargs, 0, "object") else {
                return type_error("repeat() missing required argument 'object' (pos 1)");
            };
            let times = arg(&args, &kwargs, 1, "times").map(int_arg).transpose()?.map(|t| t.max(0));
            make("itertools.repeat", State::Repeat(obj.clone(), times))
        }
        "islice" => islice(vm, &args)?,
        "chain" => make("itertools.chain", State::Chain { sources: get_iter(vm, &Value::tuple(args))?, current: None }),
        "chain.from_iterable" => make("itertools.chain", State::Chain { sources: one_iter(vm, &args, "from_iterable")?, current: None }),
        "accumulate" => {
            let it = get_iter(vm, arg(&args, &kwargs, 0, "iterable").ok_or_else(|| exc("TypeError", "accumulate() missing required argument 'iterable' (pos 1)"))?)?;
            let func = arg(&args, &kwargs, 1, "func").filter(|f| !matches!(f, Value::None)).cloned();
            let initial = kwarg(&kwargs, "initial").filter(|f| !matches!(f, Value::None)).cloned();
            let state = State::Accumulate { it, func, total: None };
            match initial {
                Some(v) => make("itertools.accumulate", State::Chain {
                    sources: get_iter(vm, &Value::tuple(vec![Value::tuple(vec![v.clone()]), make("itertools.accumulate", with_total(state, v))]))?,
                    current: None,
                }),
                None => make("itertools.accumulate", state),
            }
        }
        "groupby" => {
            let it = get_iter(vm, arg(&args, &kwargs, 0, "iterable").ok_or_else(|| exc("TypeError", "groupby() missing required argument 'iterable' (pos 1)"))?)?;
            let key = arg(&args, &kwargs, 1, "key").filter(|f| !matches!(f, Value::None)).cloned();
            make("itertools.groupby", State::GroupBy { it, key, pending: None })
        }
        "product" | "permutations" | "combinations" | "combinations_with_replacement" => {
            let (kind, pools, indices) = combinatorics::start(vm, func, &args, &kwargs)?;
            make(kind, State::Combinatoric { pools, indices })
        }
        "pairwise" => make("itertools.pairwise", State::Pairwise { it: one_iter(vm, &args, "pairwise")?, prev: None }),
        "zip_longest" => {
            let its = args.iter().map(|a| get_iter(vm, a).map(Some)).collect::<Res<Vec<_>>>()?;
            let fill = kwarg(&kwargs, "fillvalue").cloned().unwrap_or(Value::None);
            make("itertools.zip_longest", State::ZipLongest { its, fill })
        }
        "starmap" => {
            let (f, it) = two_args(&args, "starmap")?;
            make("itertools.starmap", State::Starmap(f.clone(), get_iter(vm, it)?))
        }
        "takewhile" | "dropwhile" | "filterfalse" => {
            let (f, it) = two_args(&args, func)?;
            let it = get_iter(vm, it)?;
            let f = f.clone();
            match func {
                "takewhile" => make("itertools.takewhile", State::TakeWhile(f, it)),
                "dropwhile" => make("itertools.dropwhile", State::DropWhile(f, it, true)),
                _ => make("itertools.filterfalse", State::FilterFalse(f, it)),
            }
        }
        "compress" => {
            let data = arg(&args, &kwargs, 0, "data").ok_or_else(|| exc("TypeError", "compress() missing required argument 'data' (pos 1)"))?;
            let sel = arg(&args, &kwargs, 1, "selectors").ok_or_else(|| exc("TypeError", "compress() missing required argument 'selectors' (pos 2)"))?;
            make("itertools.compress", State::Compress(get_iter(vm, data)?, get_iter(vm, sel)?))
        }
        "tee" => {
            let it = get_iter(vm, args.first().ok_or_else(|| exc("TypeError", "tee expected at least 1 argument, got 0"))?)?;
            let n = args.get(1).map(int_arg).transpose()?.unwrap_or(2);
            if n < 0 {
                return Err(exc("ValueError", "n must be >= 0"));
            }
            let shared = Rc::new(RefCell::new(TeeBuffer { it, items: Vec::new() }));
            Value::tuple((0..n).map(|_| make("itertools._tee", State::Tee(shared.clone(), 0))).collect())
        }
        _ => return Err(exc("AttributeError", format!("module 'itertools' has no attribute '{func}'"))),
    })
}

fn with_total(state: State, total: Value) -> State {
    match state {
        State::Accumulate { it, func, .. } => State::Accumulate { it, func, total: Some(total) },
        other => other,
    }
}

impl ItIter {
    fn advance(&self, vm: &mut Vm) -> Res<Option<Value>> {
        // Take the state out while stepping: the step may call back into
        // Python code that touches this very iterator.
        let mut state = std::mem::replace(&mut *self.state.borrow_mut(), State::Done);
        let result = step(vm, &mut state);
        if result.is_err() {
            state = State::Done;
        }
        *self.state.borrow_mut() = state;
        result
    }
}

fn step(vm: &mut Vm, state: &mut State) -> Res<Option<Value>> {
    match state {
        State::Count(n, s) => {
            let v = n.clone();
            *n = crate::python::vm::ops::binary(vm, BinOp::Add, v.clone(), s.clone(), false)?;
            Ok(Some(v))
        }
        State::Cycle { it, saved, i } => {
            if let Some(source) = it {
                if let Some(v) = next(vm, source)? {
                    saved.push(v.clone());
                    return Ok(Some(v));
                }
                *it = None;
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[*i % saved.len()].clone();
            *i += 1;
            Ok(Some(v))
        }
        State::Repeat(v, times) => match times {
            Some(0) => Ok(None),
            Some(t) => {
                *t -= 1;
                Ok(Some(v.clone()))
            }
            None => Ok(Some(v.clone())),
        },
        State::Islice { it, next_at, stop, step, pos } => {
            loop {
                if stop.is_some_and(|s| *next_at >= s) {
                    // CPython consumes up to the stop index before ending.
                    while stop.is_some_and(|s| *pos < s) && next(vm, it)?.is_some() {
                        *pos += 1;
                    }
                    return Ok(None);
                }
                let Some(v) = next(vm, it)? else { return Ok(None) };
                *pos += 1;
                if *pos - 1 == *next_at {
                    *next_at += *step;
                    return Ok(Some(v));
                }
            }
        }
        State::Chain { sources, current } => loop {
            if let Some(c) = current
                && let Some(v) = next(vm, c)?
            {
                return Ok(Some(v));
            }
            match next(vm, sources)? {
                Some(src) => *current = Some(get_iter(vm, &src)?),
                None => return Ok(None),
            }
        },
        State::Accumulate { it, func, total } => {
            let Some(v) = next(vm, it)? else { return Ok(None) };
            let new = match (total.take(), func) {
                (None, _) => v,
                (Some(t), Some(f)) => vm.call(f, vec![t, v], Vec::new())?,
                (Some(t), None) => crate::python::vm::ops::binary(vm, BinOp::Add, t, v, false)?,
            };
            *total = Some(new.clone());
            Ok(Some(new))
        }
        State::GroupBy { it, key, pending } => {
            let first = match pending.take() {
                Some(p) => p,
                None => match next(vm, it)? {
                    Some(v) => (keyed(vm, key, &v)?, v),
                    None => return Ok(None),
                },
            };
            let mut group = vec![first.1];
            while let Some(v) = next(vm, it)? {
                let k = keyed(vm, key, &v)?;
                if !crate::python::vm::ops::compare(vm, crate::python::object::code::CmpOp::Eq, &k, &first.0)? {
                    *pending = Some((k, v));
                    break;
                }
                group.push(v);
            }
            let grouper = make("itertools._grouper", State::Tee(Rc::new(RefCell::new(TeeBuffer { it: Value::None, items: group })), 0));
            Ok(Some(Value::tuple(vec![first.0, grouper])))
        }
        State::Combinatoric { pools, indices } => Ok(indices.next_tuple(pools)),
        State::Pairwise { it, prev } => {
            let a = match prev.take() {
                Some(a) => a,
                None => match next(vm, it)? {
                    Some(a) => a,
                    None => return Ok(None),
                },
            };
            let Some(b) = next(vm, it)? else { return Ok(None) };
            *prev = Some(b.clone());
            Ok(Some(Value::tuple(vec![a, b])))
        }
        State::ZipLongest { its, fill } => {
            if its.is_empty() || its.iter().all(Option::is_none) {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for slot in its.iter_mut() {
                let v = match slot {
                    Some(it) => match next(vm, it)? {
                        Some(v) => v,
                        None => {
                            *slot = None;
                            fill.clone()
                        }
                    },
                    None => fill.clone(),
                };
                out.push(v);
            }
            if its.iter().all(Option::is_none) {
                return Ok(None);
            }
            Ok(Some(Value::tuple(out)))
        }
        State::Starmap(f, it) => {
            let Some(args) = next(vm, it)? else { return Ok(None) };
            let args = vm.collect(&args)?;
            vm.call(f, args, Vec::new()).map(Some)
        }
        State::TakeWhile(f, it) => {
            let Some(v) = next(vm, it)? else { return Ok(None) };
            if vm.call(f, vec![v.clone()], Vec::new())?.truthy() {
                return Ok(Some(v));
            }
            *state = State::Done;
            Ok(None)
        }
        State::DropWhile(f, it, dropping) => loop {
            let Some(v) = next(vm, it)? else { return Ok(None) };
            if !*dropping || !vm.call(f, vec![v.clone()], Vec::new())?.truthy() {
                *dropping = false;
                return Ok(Some(v));
            }
        },
        State::FilterFalse(f, it) => loop {
            let Some(v) = next(vm, it)? else { return Ok(None) };
            let keep = if matches!(f, Value::None) { v.truthy() } else { vm.call(f, vec![v.clone()], Vec::new())?.truthy() };
            if !keep {
                return Ok(Some(v));
            }
        },
        State::Compress(data, sel) => loop {
            let Some(v) = next(vm, data)? else { return Ok(None) };
            let Some(s) = next(vm, sel)? else { return Ok(None) };
            if s.truthy() {
                return Ok(Some(v));
            }
        },
        State::Tee(shared, i) => {
            let buffered = shared.borrow().items.get(*i).cloned();
            let v = match buffered {
                Some(v) => v,
                None => {
                    let it = shared.borrow().it.clone();
                    if matches!(it, Value::None) {
                        return Ok(None);
                    }
                    let Some(v) = next(vm, &it)? else { return Ok(None) };
                    shared.borrow_mut().items.push(v.clone());
                    v
                }
            };
            *i += 1;
            Ok(Some(v))
        }
        State::Done => Ok(None),
    }
}

fn keyed(vm: &mut Vm, key: &Option<Value>, v: &Value) -> Res<Value> {
    match key {
        Some(f) => vm.call(f, vec![v.clone()], Vec::new()),
        None => Ok(v.clone()),
    }
}

impl NativeObject for ItIter {
    fn type_name(&self) -> &'static str {
        self.kind
    }
    fn repr(&self) -> String {
        match &*self.state.borrow() {
            State::Count(n, Value::Int(1)) => format!("count({})", n.repr()),
            State::Count(n, s) => format!("count({}, {})", n.repr(), s.repr()),
            State::Repeat(v, Some(t)) => format!("repeat({}, {t})", v.repr()),
            State::Repeat(v, None) => format!("repeat({})", v.repr()),
            _ => format!("<{} object at 0x7f0000000000>", self.kind),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__next__", "__iter__"]
    }
}

impl StdObject for ItIter {
    fn call(&self, vm: &mut Vm, this: &Value, name: &str, _args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        match name {
            "__iter__" => Ok(this.clone()),
            _ => match self.advance(vm)? {
                Some(v) => Ok(v),
                None => Err(crate::python::object::errors::ExcObj::new("StopIteration", Vec::new())),
            },
        }
    }
}
