//! The long fuzzing campaign: `cargo run --release --example fuzz -- SEED COUNT`
//! (defaults: seed 1, 1,000,000 inputs). Prints progress every 10,000 inputs
//! and each failing input as it is found, and exits 1 if any input failed.

#[path = "../tests/fuzz/driver.rs"]
mod driver;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let seed = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let count = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let started = std::time::Instant::now();
    let failures = driver::campaign(seed, count, |n, failure| {
        if let Some((input, failure)) = failure {
            println!("=== input {n}: {failure:?}\n{}", String::from_utf8_lossy(input));
        }
        if (n + 1) % 10_000 == 0 {
            eprintln!("fuzz: {} inputs in {:.0?}", n + 1, started.elapsed());
        }
    });
    println!("fuzz: seed {seed}, {count} inputs, {} failures, {:.0?}", failures.len(), started.elapsed());
    std::process::exit(i32::from(!failures.is_empty()));
}
