//! A `def`'s annotations: its parameters' (in signature order) and its
//! return's, as `__annotations__` lists them. looplab evaluates them only
//! when the library asks (`singledispatch`'s `register` by annotation), in
//! a small function the compiler makes beside the `def`: evaluating them at
//! `def` time would refuse the many annotations looplab cannot evaluate
//! (`int | None`, `asyncio.Queue[int]`) that programs only write.

use ruff_python_ast::{self as ast, Expr};

/// The annotated names of `def` with their annotations.
pub fn of_def(def: &ast::StmtFunctionDef) -> Vec<(&str, &Expr)> {
    let mut out: Vec<(&str, &Expr)> =
        def.parameters.iter().filter_map(|p| p.annotation().map(|a| (p.name().id.as_str(), a))).collect();
    if let Some(r) = def.returns.as_deref() {
        out.push(("return", r));
    }
    out
}
