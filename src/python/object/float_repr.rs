//! CPython's `repr(float)`: the shortest string that round-trips, written in
//! fixed notation when the decimal exponent is in -4..16 and in scientific
//! notation (`1e+16`, `1e-05`) otherwise.

/// `repr(x)` for a float, exactly as CPython 3.11 writes it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde±x".
    let sci = format!("{:e}", x);
    let (mantissa, exp) = match sci.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (sci.as_str(), 0),
    };
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = even_on_tie(x, digits, exp);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                out.push_str(&"0".repeat(point - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
    }
    out
}

/// When `x` lies exactly halfway between the shortest digit string and its
/// neighbour with the same number of digits, CPython (David Gay's dtoa)
/// picks the one whose last digit is even; Rust's shortest formatting may
/// pick the other. Returns the digits CPython writes.
fn even_on_tie(x: f64, digits: String, exp: i32) -> String {
    let last = digits.as_bytes()[digits.len() - 1] - b'0';
    if last % 2 == 0 {
        return digits;
    }
    // The exact decimal expansion of x (a double has at most 767 significant digits).
    let exact = format!("{:.800e}", x.abs());
    let Some((m, e)) = exact.split_once('e') else { return digits };
    if e.parse::<i32>().ok() != Some(exp) {
        return digits;
    }
    let exact_digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    let exact_digits = exact_digits.trim_end_matches('0');
    let n = digits.len();
    // A tie: the exact value is the n-digit prefix followed by a single 5.
    if exact_digits.len() != n + 1 || !exact_digits.ends_with('5') {
        return digits;
    }
    let prefix = &exact_digits[..n];
    let other = if prefix == digits {
        increment(prefix)
    } else {
        Some(prefix.to_string())
    };
    let Some(other) = other.filter(|o| o.len() == n) else { return digits };
    let text = format!("{}.{}e{exp}", &other[..1], &other[1..]);
    match text.parse::<f64>() {
        Ok(y) if y == x.abs() => other,
        _ => digits,
    }
}

/// The decimal digit string plus one in its last place (`None` on a carry out).
fn increment(digits: &str) -> Option<String> {
    let mut bytes = digits.as_bytes().to_vec();
    for i in (0..bytes.len()).rev() {
        if bytes[i] == b'9' {
            bytes[i] = b'0';
        } else {
            bytes[i] += 1;
            return String::from_utf8(bytes).ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn matches_cpython_on_the_classic_cases() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(2.0), "2.0");
    }

    #[test]
    fn a_tie_between_two_shortest_strings_goes_to_the_even_digit() {
        assert_eq!(float_repr(682149579532100.25), "682149579532100.2");
        assert_eq!(float_repr(-682149579532100.25), "-682149579532100.2");
    }
}
