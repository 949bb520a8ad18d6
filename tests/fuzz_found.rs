//! Every crash the fuzzer found, kept: each tests/fuzz_found/NAME.py must
//! exit 0 and print exactly NAME.out.

mod common;

#[test]
fn every_crash_the_fuzzer_found_stays_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_found");
    for entry in std::fs::read_dir(&dir).expect("tests/fuzz_found exists") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "py") {
            let out = common::process::looplab(&["run", path.to_str().unwrap()]);
            let expected = std::fs::read_to_string(path.with_extension("out")).expect("expected output");
            assert_eq!(out.status.code(), Some(0), "{}", path.display());
            assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{}", path.display());
        }
    }
}
