//! The shape of `src/python`, checked: each room (a top-level file or folder
//! of `src/python`) imports only the rooms below it in [`LAYERS`], only
//! `aio` and `session` name the engine, no `unsafe` anywhere in `src/python`,
//! and no function in `src/` is longer than 200 lines. A new import that
//! goes up a layer (or makes a cycle) fails here with the line that did it.

use std::fs;
use std::path::{Path, PathBuf};

/// The rooms, bottom first: a room may import the rooms before it.
const LAYERS: &[&str] = &["limits", "object", "front", "vm", "lib", "aio", "session"];

/// The rooms that may name `crate::engine`.
const ENGINE_ROOMS: &[&str] = &["aio", "session"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The text of a file without its `#[cfg(test)] mod … { … }` blocks.
fn without_tests(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(open) = after.find('{') else { break };
        let mut depth = 0usize;
        let mut end = after.len();
        for (i, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The room a file of `src/python` belongs to, and its depth below `src/python`.
fn room_of(python: &Path, file: &Path) -> (String, usize) {
    let rel = file.strip_prefix(python).expect("file under src/python");
    let first = rel.components().next().expect("non-empty path").as_os_str().to_string_lossy().to_string();
    (first.trim_end_matches(".rs").to_string(), rel.components().count() - 1)
}

/// Every room named by a `crate::python::ROOM` or `super::…::ROOM` path on a line.
fn rooms_named(line: &str, depth: usize) -> Vec<String> {
    let mut named = Vec::new();
    let mut prefixes = vec!["crate::python::".to_string()];
    prefixes.push("super::".repeat(depth + 1));
    for prefix in prefixes {
        let mut rest = line;
        while let Some(at) = rest.find(&prefix) {
            let before_ok = at == 0 || !rest[..at].ends_with("::");
            let tail = &rest[at + prefix.len()..];
            let name: String = tail.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if before_ok && LAYERS.contains(&name.as_str()) {
                named.push(name.clone());
            }
            if let Some(group) = tail.strip_prefix('{') {
                let group: String = group.chars().take_while(|c| *c != '}').collect();
                for part in group.split(',') {
                    let name = part.trim().split("::").next().unwrap_or("").trim().to_string();
                    if before_ok && LAYERS.contains(&name.as_str()) {
                        named.push(name);
                    }
                }
            }
            rest = tail;
        }
    }
    named
}

#[test]
fn every_python_room_imports_only_the_rooms_below_it() {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/python");
    let mut files = Vec::new();
    rust_files(&python, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for file in &files {
        if file.file_name().is_some_and(|n| n == "mod.rs") && file.parent() == Some(python.as_path()) {
            continue;
        }
        let (room, depth) = room_of(&python, file);
        let Some(level) = LAYERS.iter().position(|r| *r == room) else {
            wrong.push(format!("{}: room '{room}' is not in LAYERS", file.display()));
            continue;
        };
        let text = without_tests(&fs::read_to_string(file).expect("readable file"));
        for (n, line) in text.lines().enumerate() {
            for named in rooms_named(line, depth) {
                let target = LAYERS.iter().position(|r| *r == named).unwrap_or(0);
                if named != room && target > level {
                    wrong.push(format!("{}:{}: '{room}' imports '{named}', a layer above it: {}", file.display(), n + 1, line.trim()));
                }
            }
            if line.contains("crate::engine") && !ENGINE_ROOMS.contains(&room.as_str()) {
                wrong.push(format!("{}:{}: '{room}' names the engine: {}", file.display(), n + 1, line.trim()));
            }
            let code = line.split("//").next().unwrap_or("");
            if code.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == "unsafe") {
                wrong.push(format!("{}:{}: unsafe in src/python", file.display(), n + 1));
            }
        }
    }
    assert!(wrong.is_empty(), "src/python breaks its layers:\n{}", wrong.join("\n"));
}

#[test]
fn no_function_in_src_is_longer_than_200_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut long = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable file");
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let indent = &line[..line.len() - trimmed.len()];
            let is_fn = ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn ", "const fn ", "pub const fn ", "async fn "]
                .iter()
                .any(|p| trimmed.starts_with(p));
            if !is_fn || line.trim_end().ends_with(';') {
                continue;
            }
            let closing = format!("{indent}}}");
            let else_branch = format!("{indent}}} else");
            let end = (i + 1..lines.len()).find(|&j| lines[j].starts_with(&closing) && !lines[j].starts_with(&else_branch));
            if let Some(end) = end
                && end - i + 1 > 200
            {
                long.push(format!("{}:{} is {} lines", file.display(), i + 1, end - i + 1));
            }
        }
    }
    assert!(long.is_empty(), "functions over 200 lines:\n{}", long.join("\n"));
}
