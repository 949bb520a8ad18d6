//! Compiled code: the bytecode the VM runs, one `Code` per function body.
//!
//! Invariant: every jump target is an index into `ops`; `lines` has one entry
//! per op.

use std::rc::Rc;

use super::value::Value;

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `@`
    MatMul,
}

impl BinOp {
    /// The operator as Python spells it in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `in`
    In,
    /// `not in`
    NotIn,
    /// `is`
    Is,
    /// `is not`
    IsNot,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `not x`
    Not,
    /// `~x`
    Invert,
}

/// One VM instruction. Operands index `Code::consts`, `Code::names`, locals
/// or cells, or are jump targets.
#[derive(Debug, Clone, Copy)]
pub enum Op {
    /// Push `consts[i]`.
    Const(u32),
    /// Push local `i` (UnboundLocalError if unset).
    LoadLocal(u32),
    /// Pop into local `i`.
    StoreLocal(u32),
    /// Unbind local `i`.
    DeleteLocal(u32),
    /// Push the value in cell `i`.
    LoadCell(u32),
    /// Pop into cell `i`.
    StoreCell(u32),
    /// Push global slot `i` (see `Code::global_names`), falling back to builtins.
    LoadGlobal(u32),
    /// Pop into global slot `i`.
    StoreGlobal(u32),
    /// Delete global slot `i`.
    DeleteGlobal(u32),
    /// Replace TOS by its attribute `names[i]`.
    LoadAttr(u32),
    /// TOS = object, TOS1 = value: `obj.names[i] = value`.
    StoreAttr(u32),
    /// `del TOS.names[i]`.
    DeleteAttr(u32),
    /// TOS1[TOS].
    Subscr,
    /// TOS1[TOS] = TOS2.
    StoreSubscr,
    /// del TOS1[TOS].
    DeleteSubscr,
    /// Binary operation (also used for augmented assignment).
    Binary(BinOp, bool),
    /// Unary operation.
    Unary(UnOp),
    /// Comparison.
    Compare(CmpOp),
    /// Drop TOS.
    Pop,
    /// Duplicate TOS.
    Dup,
    /// Duplicate the top two.
    Dup2,
    /// Swap the top two.
    Rot2,
    /// Move TOS below the next two.
    Rot3,
    /// Jump.
    Jump(u32),
    /// Pop; jump if falsy.
    JumpIfFalse(u32),
    /// Pop; jump if truthy.
    JumpIfTrue(u32),
    /// Jump if TOS falsy (keep it), else pop.
    JumpIfFalseOrPop(u32),
    /// Jump if TOS truthy (keep it), else pop.
    JumpIfTrueOrPop(u32),
    /// Build a list from the top n.
    BuildList(u32),
    /// Build a tuple from the top n.
    BuildTuple(u32),
    /// Build a set from the top n.
    BuildSet(u32),
    /// Build a dict from the top 2n (key, value pairs).
    BuildDict(u32),
    /// Build a slice from the top 3.
    BuildSlice,
    /// Concatenate the top n strings.
    BuildString(u32),
    /// Append TOS to the list at depth n (after popping TOS).
    ListAppend(u32),
    /// Extend the list at depth n by the iterable TOS.
    ListExtend(u32),
    /// Add TOS to the set at depth n.
    SetAdd(u32),
    /// Insert TOS1: TOS into the dict at depth n.
    MapAdd(u32),
    /// Merge the mapping TOS into the dict at depth n.
    DictUpdate(u32),
    /// Format TOS (with TOS as spec when the flag is set): conversion char or 0.
    FormatValue(u8, bool),
    /// Replace TOS by iter(TOS).
    GetIter,
    /// Push next(TOS), or pop the iterator and jump when exhausted.
    ForIter(u32),
    /// Unpack TOS into n values (pushed last-first).
    Unpack(u32),
    /// Unpack TOS with a starred target: before, after.
    UnpackEx(u16, u16),
    /// Call with n positional args.
    Call(u32),
    /// Call with n args, the last ones keywords named by the tuple `consts[k]`.
    CallKw(u32, u32),
    /// `obj.names[i](n args)`: the object lies below the n arguments.
    CallMethod(u32, u32),
    /// Call with an args tuple and a kwargs dict on the stack.
    CallEx,
    /// Make a function from `consts[i]` (a code), capturing the cells its
    /// `closure_from` names; pops the function returning its annotations
    /// (flag 4), the kw-defaults dict (flag 2) and the defaults tuple (flag 1).
    MakeFunction(u32, u8),
    /// Return TOS.
    Return,
    /// Yield TOS; resume with the sent value pushed.
    Yield,
    /// Wrap TOS as an async generator's yielded value, so the awaitable
    /// driving the generator tells it from an `await`'s suspension
    /// (CPython's `ASYNC_GEN_WRAP`).
    AsyncGenWrap,
    /// Replace TOS by the iterator `yield from` delegates to.
    GetYieldFromIter,
    /// Replace the async context manager at TOS by the awaitable of its entry.
    AsyncEnter,
    /// Stack `[manager, exc]` → `[exc, manager.__aexit__(type(exc), exc, None)]`
    /// (to be awaited).
    AsyncExitExc,
    /// Pops an object, pushes `obj.__aiter__()` (`async for`).
    GetAIter,
    /// Pops an async iterator, pushes `it.__anext__()` (to be awaited).
    GetANext,
    /// Pops a context manager, pushes `manager.__enter__()`.
    WithEnter,
    /// Pops a context manager and calls `manager.__exit__(None, None, None)`.
    WithExit,
    /// Stack `[manager, exc]` → `[exc, suppress]`: calls
    /// `manager.__exit__(type(exc), exc, None)`.
    WithExitExc,
    /// Replace the async context manager at TOS by the awaitable of its exit.
    AsyncExit,
    /// Check that TOS can be awaited.
    GetAwaitable,
    /// TOS = value to send, TOS1 = awaited coroutine: send it in; on a
    /// yield, stay on this instruction; on return, replace both by the result.
    Await,
    /// Push an exception handler: on an exception, unwind the stack to here,
    /// push the exception and jump to the target.
    SetupExcept(u32),
    /// Pop the innermost exception handler.
    PopBlock,
    /// Enter an except clause: record TOS as the exception being handled.
    PushExcInfo,
    /// Leave an except clause.
    PopExcInfo,
    /// Is TOS1 an instance of the class(es) TOS? Pops TOS, pushes a bool.
    ExceptMatch,
    /// raise (0: re-raise the handled exception, 1: TOS, 2: TOS1 from TOS).
    Raise(u8),
    /// Re-raise the exception at TOS (end of an unmatched except or finally).
    Reraise,
    /// `except* T`: stack `[orig, raised, rest, T]` → `[orig, raised,
    /// rest', match]`, or `[orig, raised, rest]` and a jump when nothing matched.
    CheckEgMatch(u32),
    /// An `except*` clause raised TOS: pop it into the list at depth 3.
    StarAppend,
    /// End of `except*`: pops `[orig, raised, rest]` and raises what is left
    /// unhandled or was raised (nothing when all was handled).
    PrepReraiseStar,
    /// Import the module `names[i]`.
    ImportName(u32),
    /// Push attribute `names[i]` of the module at TOS (keeping the module).
    ImportFrom(u32),
    /// Push `names[i]` from the class namespace, else a global, else a builtin.
    LoadName(u32),
    /// Pop into `names[i]` of the class namespace.
    StoreName(u32),
    /// Build a class named `names[i]` from n bases (TOS) and the body function below them.
    BuildClass(u32, u32),
    /// `BuildClass` with the class keywords' dict on top of the bases.
    BuildClassKw(u32, u32),
    /// A structural check of a `match` pattern (see [`MatchOp`]).
    Match(MatchOp),
    /// Stack `[subject, class]` → the attributes a class pattern with n
    /// positional sub-patterns and the keyword names `consts[k]` extracts,
    /// as a tuple, or None when the subject does not match.
    MatchClass(u32, u32),
    /// Star-unpacking in displays and calls (see [`StarOp`]).
    Star(StarOp),
    /// Push `locals()` of a function: a dict of its bound variables.
    Locals,
    /// Check the step budget (at loop back-edges).
    Nop,
    /// Superinstructions, made by the compiler's last pass
    /// (`front/compile/fuse.rs`) out of the instructions they start, which
    /// stay in place after them: on plain ints (and a few other values that
    /// run no Python code and cannot fail), each does its whole sequence at
    /// once, counting one step per instruction it stands for; otherwise it
    /// does only its first instruction and the next ones run as usual.
    /// `Const(c); Binary(op, inplace)`.
    ConstBinary(BinOp, bool, u32),
    /// `Compare(op); JumpIfFalse(t)`.
    CompareJump(CmpOp, u32),
    /// `Const(c); Compare(op); JumpIfFalse(t)`.
    ConstCompareJump(CmpOp, u32, u32),
    /// `LoadLocal(l); Const(c); Compare(op); JumpIfFalse(t)`.
    LocalConstCompareJump(CmpOp, u16, u16, u32),
    /// `LoadGlobal(g); Const(c); Compare(op); JumpIfFalse(t)`.
    GlobalConstCompareJump(CmpOp, u16, u16, u32),
    /// `LoadLocal(a); LoadLocal(b)`.
    LoadLocal2(u32, u32),
    /// `Nop; Jump(t)`: a loop's back edge.
    NopJump(u32),
    /// `LoadLocal(l); Const(c); Binary(op, true); StoreLocal(l)`: `l op= c`.
    AugLocal(BinOp, u32, u32),
    /// `LoadGlobal(g); Const(c); Binary(op, true); StoreGlobal(g)`: `g op= c`.
    AugGlobal(BinOp, u32, u32),
    /// `LoadGlobal(a); LoadGlobal(b)`.
    LoadGlobal2(u32, u32),
    /// `LoadLocal(l); Const(c); Binary(op, inplace)`.
    LocalConstBinary(BinOp, bool, u16, u16),
    /// `Binary(op, inplace); StoreLocal(l)`.
    BinaryStoreLocal(BinOp, bool, u32),
    /// `Binary(op, inplace); StoreGlobal(g)`.
    BinaryStoreGlobal(BinOp, bool, u32),
}

/// The steps of star-unpacking that `ListExtend` / `DictUpdate` do not cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StarOp {
    /// Replace the list at TOS by a tuple of its items (`(*a, 1)`).
    ToTuple,
    /// Replace the list at TOS by a set of its items (`{*a, 1}`).
    ToSet,
    /// Pop an iterable; extend the argument list below it (`f(*a)`): the
    /// function lies under that list.
    ExtendArgs,
    /// Pop a mapping; merge it into the keyword dict below it, a repeated
    /// keyword being an error (`f(**a)`): the function lies two below.
    MergeKwargs,
}

/// The structural checks of `match` patterns; each leaves the subject in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchOp {
    /// Push whether TOS is a sequence a sequence pattern may match (not str).
    Sequence,
    /// Push whether TOS is a mapping.
    Mapping,
    /// Push `len(TOS)`.
    Len,
    /// Stack `[subject, keys]`: push the values of those keys as a tuple, or
    /// None when one is missing.
    Keys,
    /// Stack `[subject, keys]` → `[rest]`: a dict of the subject's other items.
    Rest,
}

/// Where an instruction is in the source, as CPython's line table keeps it:
/// the start and end line, and 0-based character columns on them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Span {
    /// 1-based first line (0: no position).
    pub line: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// Character column where it starts on `line`.
    pub col: u32,
    /// Character column where it ends on `end_line`.
    pub end_col: u32,
    /// For a binary operator or a subscript on one line, the columns of the
    /// part CPython marks with `^` between `~` (the operator, the brackets).
    pub anchor: Option<(u32, u32)>,
    /// For a method call `obj.name(…)`, where `obj.name` ends (line,
    /// column): a failed lookup is marked only that far, as CPython's
    /// separate LOAD_METHOD instruction is.
    pub head: Option<(u32, u32)>,
}

/// How a function's parameters are laid out. Parameters occupy the first
/// local slots in order: positional, keyword-only, *args, **kwargs.
#[derive(Debug, Clone, Default)]
pub struct Params {
    /// Positional (and positional-or-keyword) parameter count.
    pub positional: usize,
    /// Keyword-only parameter count.
    pub kwonly: usize,
    /// Whether there is a `*args`.
    pub varargs: bool,
    /// Whether there is a `**kwargs`.
    pub varkw: bool,
}

/// A compiled function body (or the module body).
#[derive(Debug, Clone)]
pub struct Code {
    /// The function name, `<module>`, `<lambda>`, `<listcomp>`…
    pub name: Rc<str>,
    /// The qualified name for reprs.
    pub qualname: Rc<str>,
    /// The instructions.
    pub ops: Vec<Op>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    /// The source range of each instruction, for traceback lines and their
    /// `^^^` markers (CPython's `co_positions`).
    pub spans: Vec<Span>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Global and attribute names.
    pub names: Vec<Rc<str>>,
    /// Local variable names (parameters first).
    pub locals: Vec<Rc<str>>,
    /// Parameter layout.
    pub params: Params,
    /// Cells this code creates: (cell index is position) and the local slot of
    /// the parameter it is initialised from, if any.
    pub cellvars: Vec<(Rc<str>, Option<u32>)>,
    /// Number of free variables (cells taken from the closure), after cellvars.
    pub freevars: usize,
    /// For each free variable, the index of the enclosing code's cell it binds to.
    pub closure_from: Vec<u32>,
    /// The module's global variable names, indexed by the `LoadGlobal` /
    /// `StoreGlobal` operand (set on the module's code only).
    pub global_names: Vec<Rc<str>>,
    /// `async def`.
    pub is_coroutine: bool,
    /// Contains `yield` (generator expressions).
    pub is_generator: bool,
    /// `async def` containing `yield`, or an async generator expression.
    pub is_async_generator: bool,
    /// The line of the `def` (of its first decorator, as CPython's `co_firstlineno`).
    pub first_line: u32,
    /// The docstring of a def, async def or class body.
    pub doc: Option<Rc<str>>,
    /// Compiled from text the library generated (dataclasses' methods), as
    /// CPython's `exec` of a string: its frames show `File "<string>"` and
    /// no source line.
    pub generated: bool,
}
