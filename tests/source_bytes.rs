//! Source files as bytes: coding cookies, BOM, null bytes, invalid UTF-8,
//! line endings, form feeds, tabs, nesting limits. Each file is written at
//! test time (the corpus is text) and run by `python3 FILE` and by
//! `looplab run FILE`: exit status, stdout and stderr must be identical.

mod common;

use std::process::Command;
use std::time::Duration;

fn cases() -> Vec<(&'static str, Vec<u8>)> {
    let nested = |n: usize, open: &str, close: &str| format!("x = {}1{}\nprint('ok')\n", open.repeat(n), close.repeat(n)).into_bytes();
    let indented: String = (0..100).map(|i| format!("{}if 1:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(100) + "pass\n";
    vec![
        ("null_byte", b"print(1)\0\n".to_vec()),
        ("null_byte_mid_line", b"x = 1\ny = 2 \0 + 3\nprint(y)\n".to_vec()),
        ("invalid_utf8", b"x = 1\nprint(\"\xff\")\n".to_vec()),
        ("invalid_utf8_in_comment", b"print(1)\n#\xff\n".to_vec()),
        ("cookie_on_line_three_ignored", b"x = 1\n# coding: latin-1\nprint(\"\xe9\")\n".to_vec()),
        ("latin1_cookie", b"# -*- coding: latin-1 -*-\nprint(\"\xe9\", len(\"\xe9\xe8\"))\n".to_vec()),
        ("latin1_cookie_on_line_two", b"#!/usr/bin/env python3\n# coding=iso-8859-1\nprint(\"\xe9\")\n".to_vec()),
        ("cp1252_cookie", b"# coding: cp1252\nprint(\"\x80 \x93ok\x94\")\n".to_vec()),
        ("vim_utf8_cookie", "# vim: set fileencoding=utf-8 :\nprint(\"é\")\n".as_bytes().to_vec()),
        ("unknown_cookie", b"# coding: klingon\nprint(1)\n".to_vec()),
        ("ascii_cookie_with_latin1", b"# coding: ascii\nprint(\"\xe9\")\n".to_vec()),
        ("bom", b"\xef\xbb\xbfprint(\"bom\")\n".to_vec()),
        ("bom_with_latin1_cookie", b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n".to_vec()),
        ("crlf", b"if 1:\r\n    print(\"crlf\")\r\nprint(2)\r\n".to_vec()),
        ("lone_cr", b"if 1:\r    print(\"cr\")\rprint(2)\r".to_vec()),
        ("form_feed", b"\x0cprint(\"ff\")\nif 1:\n\x0c    print(2)\n".to_vec()),
        ("tab_after_spaces", b"if 1:\n        print(1)\n\tprint(2)\n".to_vec()),
        ("tab_then_spaces_consistent", b"if 1:\n\tif 1:\n\t\tprint(1)\n\tprint(2)\n".to_vec()),
        ("two_hundred_parens", nested(200, "(", ")")),
        ("too_many_parens", nested(201, "(", ")")),
        ("five_thousand_brackets", nested(5000, "[", "]")),
        ("too_many_indents", indented.into_bytes()),
        ("unary_minus_2998", format!("x = {}1\nprint(x)\n", "-".repeat(2998)).into_bytes()),
        ("unary_minus_2999", format!("print(1)\nx = {}1\n", "-".repeat(2999)).into_bytes()),
        ("unary_minus_100000", format!("x = {}1\n", "-".repeat(100_000)).into_bytes()),
        ("sum_of_3000_ones", format!("x = {}\n", vec!["1"; 3000].join(" + ")).into_bytes()),
        ("attribute_chain", format!("x = a{}\n", ".b".repeat(5000)).into_bytes()),
        ("lambda_chain", format!("f = {}1\n", "lambda: ".repeat(2984)).into_bytes()),
        ("nested_loops_21", (0..21).map(|i| format!("{}for x{i} in [1]:\n", " ".repeat(i))).collect::<String>().into_bytes()
            .into_iter().chain(format!("{}print('deep')\n", " ".repeat(21)).into_bytes()).collect()),
    ]
}

#[test]
fn source_bytes_match_cpython() {
    let dir = std::env::temp_dir().join(format!("looplab-source-bytes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut mismatches = Vec::new();
    for (name, bytes) in cases() {
        let path = dir.join(format!("{name}.py"));
        std::fs::write(&path, &bytes).expect("program written");
        let limit = Duration::from_secs(20);
        let cpython = common::process::output_within(Command::new("python3").arg(&path), name, limit);
        let looplab = common::process::output_within(
            Command::new(env!("CARGO_BIN_EXE_looplab")).arg("run").arg(&path),
            name,
            limit,
        );
        let shown = |o: &std::process::Output| {
            format!("exit {:?}\n{}{}", o.status.code(), String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
        };
        if shown(&cpython) != shown(&looplab) {
            mismatches.push(format!("{name}\n--- cpython\n{}--- looplab\n{}", shown(&cpython), shown(&looplab)));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
