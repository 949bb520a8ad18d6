//! The README's command-line section is exact: it names every option
//! `looplab --help` names and no other, and its examples print what it says.

mod common;

fn section() -> String {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let start = readme.find("### `looplab run PROGRAM.py`").expect("the CLI section");
    let rest = &readme[start + 3..];
    let end = rest.find("\n### ").map_or(rest.len(), |i| i);
    rest[..end].to_string()
}

/// `--word` options named in `text` (cargo's own flags aside).
fn options(text: &str) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    for (i, _) in text.match_indices("--") {
        let name: String = text[i + 2..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
        let starts_a_word = !text[..i].ends_with('-') && name.starts_with(|c: char| c.is_ascii_lowercase());
        if starts_a_word && !["path", "release", "test", "example"].contains(&name.as_str()) {
            found.insert(format!("--{name}"));
        }
    }
    found
}

#[test]
fn the_readme_names_exactly_the_options_of_help() {
    let help = String::from_utf8_lossy(&common::process::looplab(&["--help"]).stdout).into_owned();
    assert_eq!(options(&section()), options(&help));
}

/// The indented `$ looplab …` examples of the section, with the lines shown under them.
fn examples() -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut open = false;
    for line in section().lines() {
        let trimmed = line.trim_start();
        if let Some(command) = trimmed.strip_prefix("$ ") {
            out.push((command.to_string(), Vec::new()));
            open = true;
        } else if open && line.starts_with("    ") && !trimmed.is_empty() {
            if let Some((_, shown)) = out.last_mut() {
                shown.push(trimmed.to_string());
            }
        } else {
            open = false;
        }
    }
    out
}

#[test]
fn the_readmes_examples_print_what_it_shows() {
    let examples = examples();
    assert_eq!(examples.len(), 2, "{examples:?}");
    let bin = env!("CARGO_BIN_EXE_looplab");
    for (command, shown) in examples {
        let command = command.replacen("looplab", &format!("'{bin}'"), 1);
        let out = common::process::output(std::process::Command::new("sh").args(["-c", &command]).current_dir(env!("CARGO_MANIFEST_DIR")), &command);
        let printed: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(|l| l.trim_start().replace('\t', "    ")).collect();
        let shown: Vec<String> = shown.iter().map(|l| l.replace('\t', "    ")).collect();
        // The README shows tabs as the spaces a terminal prints for them.
        let squeeze = |v: &[String]| -> Vec<String> { v.iter().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect() };
        assert_eq!(squeeze(&printed), squeeze(&shown), "{command}");
    }
}
