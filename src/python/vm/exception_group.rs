//! Exception groups at work: `split` / `subgroup` (Objects/exceptions.c's
//! `exceptiongroup_split_recursive`), `except*` matching (ceval's
//! `CHECK_EG_MATCH`) and what an `except*` statement raises at its end
//! (`_PyExc_PrepReraiseStar`).

use std::rc::Rc;

use super::machine::{Vm, exception_matches};
use crate::python::object::errors::{ExcObj, Res, is_subclass, type_error};
use crate::python::object::exception_group::make_group;
use crate::python::object::value::Value;

/// What a split keeps in its first part.
pub enum Matcher {
    /// Instances of an exception class or a tuple of them.
    Types(Value),
    /// Exceptions (groups included) for which a function returns true.
    Predicate(Value),
    /// These leaf exceptions, by identity.
    Leaves(Vec<*const ExcObj>),
}

impl Matcher {
    /// The matcher `split(condition)` / `subgroup(condition)` use.
    pub fn from_condition(condition: Value) -> Res<Matcher> {
        match &condition {
            Value::Type(_) | Value::Class(_) => Ok(Matcher::Types(condition)),
            Value::Tuple(items) if items.iter().all(|i| matches!(i, Value::Type(_) | Value::Class(_))) => {
                Ok(Matcher::Types(condition))
            }
            Value::Function(_) | Value::Bound(_) | Value::Builtin(_) => Ok(Matcher::Predicate(condition)),
            _ => type_error("expected a function, exception type or tuple of exception types"),
        }
    }
}

/// A split's two parts: what matched, and the rest.
pub type Parts = (Option<Rc<ExcObj>>, Option<Rc<ExcObj>>);

/// `eg.derive(excs)` with `eg`'s traceback, cause, context and notes, as
/// a split's parts carry them.
pub fn derive_with_metadata(eg: &Rc<ExcObj>, excs: Vec<Rc<ExcObj>>) -> Rc<ExcObj> {
    let message = eg.args.borrow().first().map(Value::to_str).unwrap_or_default();
    let part = make_group(&message, excs, false);
    *part.traceback.borrow_mut() = eg.traceback.borrow().clone();
    *part.cause.borrow_mut() = eg.cause.borrow().clone();
    *part.context.borrow_mut() = eg.context.borrow().clone();
    part.suppress_context.set(true);
    if let Some(notes) = eg.attrs.borrow().iter().find(|(k, _)| &**k == "__notes__") {
        part.attrs.borrow_mut().push(notes.clone());
    }
    part
}

/// Every leaf (non-group) exception of `e`, depth first.
pub fn leaves(e: &Rc<ExcObj>, out: &mut Vec<*const ExcObj>) {
    if e.is_group() {
        for sub in e.exceptions.borrow().iter() {
            leaves(sub, out);
        }
    } else {
        out.push(Rc::as_ptr(e));
    }
}

impl Vm<'_> {
    fn matches(&mut self, e: &Rc<ExcObj>, matcher: &Matcher) -> Res<bool> {
        match matcher {
            Matcher::Types(t) => exception_matches(e, t),
            Matcher::Predicate(f) => Ok(self.call(f, vec![Value::Exc(e.clone())], Vec::new())?.truthy()),
            Matcher::Leaves(ids) => Ok(!e.is_group() && ids.contains(&Rc::as_ptr(e))),
        }
    }

    /// `e.split(matcher)`; the rest is left out unless `with_rest`.
    pub fn split_group(&mut self, e: &Rc<ExcObj>, matcher: &Matcher, with_rest: bool) -> Res<Parts> {
        if self.matches(e, matcher)? {
            return Ok((Some(e.clone()), None));
        }
        if !e.is_group() {
            return Ok((None, with_rest.then(|| e.clone())));
        }
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        let members = e.exceptions.borrow().clone();
        for sub in &members {
            let (m, r) = self.split_group(sub, matcher, with_rest)?;
            matched.extend(m);
            rest.extend(r);
        }
        let matched = (!matched.is_empty()).then(|| derive_with_metadata(e, matched));
        let rest = (with_rest && !rest.is_empty()).then(|| derive_with_metadata(e, rest));
        Ok((matched, rest))
    }

    /// `except* T`: the part of `exc` that `T` matches (a lone exception
    /// wrapped in a group made here) and the rest, which later clauses see.
    pub fn check_eg_match(&mut self, exc: &Value, class: &Value, line_entry: Option<crate::python::object::errors::TbEntry>) -> Res<(Value, Value)> {
        check_star_class(class)?;
        let Value::Exc(e) = exc else {
            return Ok((Value::None, exc.clone()));
        };
        if exception_matches(e, class)? {
            if e.is_group() {
                return Ok((exc.clone(), Value::None));
            }
            let wrapped = make_group("", vec![e.clone()], true);
            wrapped.traceback.borrow_mut().extend(line_entry);
            return Ok((Value::Exc(wrapped), Value::None));
        }
        if e.is_group() {
            let (m, r) = self.split_group(e, &Matcher::Types(class.clone()), true)?;
            return Ok((m.map_or(Value::None, Value::Exc), r.map_or(Value::None, Value::Exc)));
        }
        Ok((Value::None, exc.clone()))
    }
}

/// `except*` refuses to catch exception groups themselves.
fn check_star_class(class: &Value) -> Res<()> {
    let is_group_class = |v: &Value| match v {
        Value::Type(name) => is_subclass(name, "BaseExceptionGroup"),
        Value::Class(c) => c.exception_base().is_some_and(|b| is_subclass(b, "BaseExceptionGroup")),
        _ => false,
    };
    let caught_group = match class {
        Value::Tuple(items) => items.iter().any(is_group_class),
        other => is_group_class(other),
    };
    if caught_group {
        return type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
    Ok(())
}

/// What an `except*` statement raises at its end, from the exception it
/// caught and what its clauses raised (the unhandled rest last): nothing,
/// one exception, or a new group of them; re-raised parts keep the caught
/// group's shape.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: Vec<Value>) -> Res<Option<Rc<ExcObj>>> {
    let Value::Exc(orig) = orig else {
        return Ok(None);
    };
    let raised: Vec<Rc<ExcObj>> = raised
        .into_iter()
        .filter_map(|v| match v {
            Value::Exc(e) => Some(e),
            _ => None,
        })
        .collect();
    if !orig.is_group() {
        return Ok(raised.into_iter().next());
    }
    let mut orig_leaves = Vec::new();
    leaves(orig, &mut orig_leaves);
    let (mut new, mut kept) = (Vec::new(), Vec::new());
    for e in raised {
        let mut own = Vec::new();
        leaves(&e, &mut own);
        if own.iter().all(|l| orig_leaves.contains(l)) {
            kept.extend(own);
        } else {
            new.push(e);
        }
    }
    if !kept.is_empty()
        && let (Some(projection), _) = vm.split_group(orig, &Matcher::Leaves(kept), false)?
    {
        new.push(projection);
    }
    Ok(match new.len() {
        0 => None,
        1 => new.pop(),
        _ => Some(make_group("", new, false)),
    })
}
