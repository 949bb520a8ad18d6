//! "Did you mean: 'x'?" after a NameError or AttributeError, by CPython
//! 3.11's rules (Python/suggestions.c): the closest candidate by a
//! Levenshtein distance where a case flip costs 1 and any other edit 2, no
//! more than a third of the characters changed, the first of equals winning.

use std::rc::Rc;

use crate::python::object::value::Value;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The builtins module's names, in its dictionary's order.
pub const BUILTIN_NAMES: &[&str] = &[
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all",
    "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec",
    "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter",
    "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round",
    "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool",
    "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod",
    "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception",
    "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError",
    "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError",
    "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
    "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError",
    "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
    "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning",
    "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
    "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError",
    "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError",
    "IOError", "open", "quit", "exit", "copyright", "credits", "license", "help",
];

/// A module's names before the program's own.
pub const MODULE_DUNDERS: &[&str] =
    &["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__"];

/// `dir(object())`.
const OBJECT_DUNDERS: &[&str] = &[
    "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__",
    "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
    "__str__", "__subclasshook__", "__weakref__",
];

/// `dir(ValueError())`.
const EXCEPTION_NAMES: &[&str] = &[
    "__cause__", "__class__", "__context__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__setstate__", "__sizeof__", "__str__", "__subclasshook__", "__suppress_context__",
    "__traceback__", "add_note", "args", "with_traceback",
];

const STR_NAMES: &[&str] = &[
    "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
    "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
    "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans",
    "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit",
    "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
];
const LIST_NAMES: &[&str] = &["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"];
const DICT_NAMES: &[&str] = &["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"];
const SET_NAMES: &[&str] = &[
    "add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update",
    "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference", "symmetric_difference_update",
    "union", "update",
];
const INT_NAMES: &[&str] = &[
    "as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag", "numerator",
    "real", "to_bytes",
];
const FLOAT_NAMES: &[&str] = &["as_integer_ratio", "conjugate", "fromhex", "hex", "imag", "is_integer", "real"];

/// `dir(asyncio)` in CPython 3.11.
pub const ASYNCIO_NAMES: &[&str] = &[
    "ALL_COMPLETED", "AbstractChildWatcher", "AbstractEventLoop", "AbstractEventLoopPolicy", "AbstractServer",
    "Barrier", "BaseEventLoop", "BaseProtocol", "BaseTransport", "BoundedSemaphore", "BrokenBarrierError",
    "BufferedProtocol", "CancelledError", "Condition", "DatagramProtocol", "DatagramTransport",
    "DefaultEventLoopPolicy", "Event", "FIRST_COMPLETED", "FIRST_EXCEPTION", "FastChildWatcher", "Future",
    "Handle", "IncompleteReadError", "InvalidStateError", "LifoQueue", "LimitOverrunError", "Lock",
    "MultiLoopChildWatcher", "PidfdChildWatcher", "PriorityQueue", "Protocol", "Queue", "QueueEmpty",
    "QueueFull", "ReadTransport", "Runner", "SafeChildWatcher", "SelectorEventLoop", "Semaphore",
    "SendfileNotAvailableError", "Server", "StreamReader", "StreamReaderProtocol", "StreamWriter",
    "SubprocessProtocol", "SubprocessTransport", "Task", "TaskGroup", "ThreadedChildWatcher", "Timeout",
    "TimeoutError", "TimerHandle", "Transport", "WriteTransport", "__all__", "__builtins__", "__cached__",
    "__doc__", "__file__", "__loader__", "__name__", "__package__", "__path__", "__spec__", "_enter_task",
    "_get_running_loop", "_leave_task", "_register_task", "_set_running_loop", "_unregister_task",
    "all_tasks", "as_completed", "base_events", "base_futures", "base_subprocess", "base_tasks", "constants",
    "coroutines", "create_subprocess_exec", "create_subprocess_shell", "create_task", "current_task",
    "ensure_future", "events", "exceptions", "format_helpers", "futures", "gather", "get_child_watcher",
    "get_event_loop", "get_event_loop_policy", "get_running_loop", "iscoroutine", "iscoroutinefunction",
    "isfuture", "locks", "log", "mixins", "new_event_loop", "open_connection", "open_unix_connection",
    "protocols", "queues", "run", "run_coroutine_threadsafe", "runners", "selector_events",
    "set_child_watcher", "set_event_loop", "set_event_loop_policy", "shield", "sleep", "sslproto",
    "staggered", "start_server", "start_unix_server", "streams", "subprocess", "sys", "taskgroups", "tasks",
    "threads", "timeout", "timeout_at", "timeouts", "to_thread", "transports", "trsock", "unix_events",
    "wait", "wait_for", "wrap_future",
];

/// `dir(time)` in CPython 3.11.
const TIME_NAMES: &[&str] = &[
    "CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_REALTIME",
    "CLOCK_TAI", "CLOCK_THREAD_CPUTIME_ID", "_STRUCT_TM_ITEMS", "__doc__", "__loader__", "__name__",
    "__package__", "__spec__", "altzone", "asctime", "clock_getres", "clock_gettime", "clock_gettime_ns",
    "clock_settime", "clock_settime_ns", "ctime", "daylight", "get_clock_info", "gmtime", "localtime",
    "mktime", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time",
    "process_time_ns", "pthread_getcpuclockid", "sleep", "strftime", "strptime", "struct_time", "thread_time",
    "thread_time_ns", "time", "time_ns", "timezone", "tzname", "tzset",
];

/// `dir(random)` in CPython 3.11.
const RANDOM_NAMES: &[&str] = &[
    "BPF", "LOG4", "NV_MAGICCONST", "RECIP_BPF", "Random", "SG_MAGICCONST", "SystemRandom", "TWOPI", "_ONE",
    "_Sequence", "_Set", "__all__", "__builtins__", "__cached__", "__doc__", "__file__", "__loader__",
    "__name__", "__package__", "__spec__", "_accumulate", "_acos", "_bisect", "_ceil", "_cos", "_e", "_exp",
    "_floor", "_index", "_inst", "_isfinite", "_log", "_os", "_pi", "_random", "_repeat", "_sha512", "_sin",
    "_sqrt", "_test", "_test_generator", "_urandom", "_warn", "betavariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
    "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle",
    "triangular", "uniform", "vonmisesvariate", "weibullvariate",
];

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) { CASE_COST } else { MOVE_COST }
}

/// suggestions.c's `levenshtein_distance`: above `max_cost` means too far.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a = &a[..a.len() - suffix];
    b = &b[..b.len() - suffix];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ch) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ch);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<Rc<str>> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
            if d == 0 {
                continue;
            }
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| Rc::from(s))
}

/// `dir(obj)` as far as a suggestion needs it, sorted as `dir` sorts.
pub fn attribute_names(obj: &Value) -> Vec<Rc<str>> {
    let fixed: &[&str] = match obj {
        Value::Str(_) => STR_NAMES,
        Value::List(_) => LIST_NAMES,
        Value::Dict(_) => DICT_NAMES,
        Value::Set(_) => SET_NAMES,
        Value::Tuple(_) => &["count", "index"],
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => INT_NAMES,
        Value::Float(_) => FLOAT_NAMES,
        Value::Module("asyncio") => ASYNCIO_NAMES,
        Value::Module("time") => TIME_NAMES,
        Value::Module("random") => RANDOM_NAMES,
        Value::Handle(kind, _) => kind.methods,
        _ => &[],
    };
    let mut names: Vec<Rc<str>> = fixed.iter().map(|s| Rc::from(*s)).collect();
    let class = match obj {
        Value::Exc(e) => {
            names.extend(e.attrs.borrow().iter().map(|(k, _)| k.clone()));
            names.extend(EXCEPTION_NAMES.iter().map(|s| Rc::from(*s)));
            if e.is_group() {
                names.extend(["derive", "exceptions", "message", "split", "subgroup"].map(Rc::from));
            }
            e.class.borrow().clone()
        }
        Value::Instance(inst) => {
            names.extend(inst.dict.borrow().keys().filter_map(|k| match &k.0 {
                Value::Str(s) => Some(s.clone()),
                _ => None,
            }));
            names.extend(OBJECT_DUNDERS.iter().map(|s| Rc::from(*s)));
            Some(inst.class.clone())
        }
        _ => None,
    };
    if let Some(c) = class {
        for k in c.full_mro() {
            if let Value::Class(k) = k {
                names.extend(k.attrs.borrow().keys().cloned());
            }
        }
    }
    crate::sort::sort(&mut names);
    names.dedup();
    names
}
