//! Hangul syllables, decomposed into and composed from their jamo by
//! arithmetic (Unicode §3.12), as CPython's unicodedata does.

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// A syllable's leading consonant, vowel and trailing consonant (if any).
pub fn decompose(c: char) -> Option<(char, char, Option<char>)> {
    let s = (c as u32).checked_sub(S_BASE).filter(|&s| s < S_COUNT)?;
    let l = char::from_u32(L_BASE + s / N_COUNT)?;
    let v = char::from_u32(V_BASE + (s % N_COUNT) / T_COUNT)?;
    let t = s % T_COUNT;
    Some((l, v, if t == 0 { None } else { char::from_u32(T_BASE + t) }))
}

/// A leading consonant and a vowel, or a two-jamo syllable and a trailing
/// consonant, joined into one syllable.
pub fn compose(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    let s = a.checked_sub(S_BASE).filter(|&s| s < S_COUNT)?;
    if s % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return char::from_u32(a + (b - T_BASE));
    }
    None
}
