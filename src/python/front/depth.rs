//! How deep a program's expressions nest, estimated from its characters
//! before parsing, so that no depth reaches the recursive parser, compiler
//! or VM (whose stacks are small in wasm). CPython 3.11 has two such limits:
//! its parser's stack (about 6,000 levels: `MemoryError`) and its
//! compiler's recursion limit (2,999 nested expressions:
//! `RecursionError: maximum recursion depth exceeded during compilation`).
//!
//! The estimate counts what nests in CPython's AST: unary and binary
//! operators, attribute access, calls, subscripts and displays, `lambda`
//! and `not`; a comma, `;`, `=` or a new statement starts a fresh count at
//! its bracket level. Comparisons and `and`/`or` chains are flat in the AST
//! and are not counted.

use super::diagnostic::SourceDiagnostic;
use super::layout::skip_string;

/// Nested expressions CPython's compiler accepts (2,998 `-` in a row pass).
const MAX_COMPILE_DEPTH: usize = 2999;
/// Parser levels CPython's parser accepts (5,967 `-` in a row pass; a
/// `lambda` takes two).
const MAX_PARSE_DEPTH: usize = 5968;

/// Reports CPython's `MemoryError` (parser) or `RecursionError`
/// (compiler) for a program nested past CPython's limits.
pub fn check_depth(source: &str) -> Result<(), SourceDiagnostic> {
    let bytes = source.as_bytes();
    // One count per open bracket level; the depth is their sum.
    let mut counts: Vec<usize> = vec![0];
    let mut prefix_run = 0;
    let mut after_operand = false;
    let mut too_deep = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let mut operand = false;
        let mut step = 1;
        let mut nests = 0;
        match b {
            b'#' => step = source[i..].find('\n').unwrap_or(source.len() - i),
            b'\'' | b'"' => {
                step = skip_string(bytes, i) - i;
                operand = true;
            }
            b'\n' | b'\r' if counts.len() == 1 => counts[0] = 0,
            b',' | b';' => *counts.last_mut().unwrap_or(&mut 0) = 0,
            b'=' if !matches!(bytes.get(i + 1), Some(b'=')) && !(i > 0 && b"=<>!+-*/%@&|^:".contains(&bytes[i - 1])) => {
                *counts.last_mut().unwrap_or(&mut 0) = 0;
            }
            b'(' | b'[' | b'{' => {
                nests = 1;
                counts.push(0);
            }
            b')' | b']' | b'}' => {
                if counts.len() > 1 {
                    counts.pop();
                }
                operand = true;
            }
            b'-' | b'+' | b'~' if !after_operand => {
                prefix_run += 1;
                nests = 1;
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'.' => nests = 1,
            b'<' | b'>' if bytes.get(i + 1) == Some(&b) => nests = 1,
            _ if b.is_ascii_digit() => {
                step = number_length(bytes, i);
                operand = true;
            }
            _ if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 => {
                step = bytes[i..].iter().take_while(|&&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80).count();
                match &source[i..i + step] {
                    "not" => {
                        prefix_run += 1;
                        nests = 1;
                    }
                    "lambda" => {
                        prefix_run += 2;
                        nests = 1;
                    }
                    "and" | "or" | "in" | "is" | "if" | "else" | "await" | "for" | "return" | "yield" => {}
                    _ => operand = true,
                }
            }
            _ => {}
        }
        if !b.is_ascii_whitespace() && b != b'#' {
            if prefix_run >= MAX_PARSE_DEPTH {
                return Err(bare("MemoryError", ""));
            }
            if operand {
                prefix_run = 0;
            }
            after_operand = operand;
        }
        if let Some(count) = counts.last_mut() {
            *count += nests;
        }
        too_deep |= counts.iter().sum::<usize>() >= MAX_COMPILE_DEPTH;
        i += step.max(1);
    }
    if too_deep {
        return Err(bare("RecursionError", "maximum recursion depth exceeded during compilation"));
    }
    Ok(())
}

/// A diagnostic CPython prints without a place: `Kind: message` alone.
fn bare(kind: &str, message: &str) -> SourceDiagnostic {
    SourceDiagnostic { kind: kind.into(), message: message.into(), line: 0, column: 0, end_column: 0, show_caret: false }
}

/// The length of the number literal at `start` (`1e-5`, `0x_ff`, `1.5j`).
fn number_length(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while let Some(&c) = bytes.get(i) {
        let exponent_sign = matches!(c, b'+' | b'-') && matches!(bytes[i - 1], b'e' | b'E') && !bytes[start..i].iter().any(|b| matches!(b, b'x' | b'X'));
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i - start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(source: &str) -> Option<String> {
        check_depth(source).err().map(|d| d.kind)
    }

    #[test]
    fn cpythons_thresholds() {
        assert_eq!(kind(&format!("x={}1\n", "-".repeat(2998))), None);
        assert_eq!(kind(&format!("x={}1\n", "-".repeat(2999))).as_deref(), Some("RecursionError"));
        assert_eq!(kind(&format!("x={}1\n", "-".repeat(5968))).as_deref(), Some("MemoryError"));
        assert_eq!(kind(&format!("x={}\n", vec!["1"; 2999].join("+"))), None);
        assert_eq!(kind(&format!("x={}\n", vec!["1"; 3000].join("+"))).as_deref(), Some("RecursionError"));
        assert_eq!(kind(&format!("x=a{}\n", ".b".repeat(2999))).as_deref(), Some("RecursionError"));
        assert_eq!(kind(&format!("x={}1\n", "lambda:".repeat(2983))), None);
        assert_eq!(kind(&format!("x={}1\n", "lambda:".repeat(2984))).as_deref(), Some("MemoryError"));
    }

    #[test]
    fn long_flat_lists_and_many_statements_pass() {
        assert_eq!(kind(&format!("x=[{}]\n", vec!["-1e-5 + 2"; 5000].join(", "))), None);
        assert_eq!(kind(&"x = x + 1\n".repeat(5000)), None);
    }
}
