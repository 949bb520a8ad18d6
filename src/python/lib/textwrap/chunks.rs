//! How textwrap.py cuts text into chunks: its `wordsep_re` (words,
//! hyphenated words split after their hyphens, em-dashes, whitespace runs)
//! or, without `break_on_hyphens`, `wordsep_simple_re`; written out by hand
//! with the regular expressions' very rules (lookbehinds included).

/// textwrap.py's `_whitespace`: the characters it wraps at.
pub fn is_ws(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
}

/// `\w` of Python's `re` on str.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `[^\d\W]`: a word character that is not a digit.
fn is_letter(c: char) -> bool {
    is_word(c) && !c.is_numeric()
}

/// `[\w!"\'&.,?]`.
fn is_word_punct(c: char) -> bool {
    is_word(c) || matches!(c, '!' | '"' | '\'' | '&' | '.' | ',' | '?')
}

/// The text cut as `re.split(wordsep_re, text)` does, empty pieces dropped.
pub fn split(text: &[char], break_on_hyphens: bool) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let end = if is_ws(text[i]) {
            i + text[i..].iter().take_while(|c| is_ws(**c)).count()
        } else if !break_on_hyphens {
            i + text[i..].iter().take_while(|c| !is_ws(**c)).count()
        } else {
            em_dash(text, i).unwrap_or_else(|| word_end(text, i))
        };
        chunks.push(text[i..end].iter().collect());
        i = end;
    }
    chunks
}

/// `(?<=wp) -{2,} (?=\w)` at `i`: where the dashes end.
fn em_dash(text: &[char], i: usize) -> Option<usize> {
    if i == 0 || !is_word_punct(text[i - 1]) {
        return None;
    }
    let dashes = text[i..].iter().take_while(|c| **c == '-').count();
    let next = text.get(i + dashes).copied();
    (dashes >= 2 && next.is_some_and(is_word)).then_some(i + dashes)
}

/// `nws+? (?: hyphen | end of word | em-dash )` from `i`: the shortest run
/// of non-whitespace after which one of the three endings holds.
fn word_end(text: &[char], i: usize) -> usize {
    let at = |k: usize| text.get(k).copied();
    let letter = |k: Option<usize>| k.and_then(|k| text.get(k)).copied().is_some_and(is_letter);
    let mut j = i + 1;
    loop {
        if at(j) == Some('-') {
            let two_letters = letter(j.checked_sub(1)) && letter(j.checked_sub(2));
            let letter_dash_letter = letter(j.checked_sub(1)) && at(j.wrapping_sub(2)) == Some('-') && letter(j.checked_sub(3));
            let ahead = letter(Some(j + 1)) && (letter(Some(j + 2)) || (at(j + 2) == Some('-') && letter(Some(j + 3))));
            if (two_letters || letter_dash_letter) && ahead {
                return j + 1;
            }
        }
        match at(j) {
            None => return j,
            Some(c) if is_ws(c) => return j,
            _ => {}
        }
        if is_word_punct(text[j - 1]) {
            let dashes = text[j..].iter().take_while(|c| **c == '-').count();
            if dashes >= 2 && at(j + dashes).is_some_and(is_word) {
                return j;
            }
        }
        j += 1;
    }
}

/// `_fix_sentence_endings`: two spaces after a chunk ending a sentence
/// (a lowercase letter, `.`, `!` or `?`, maybe a closing quote).
pub fn fix_sentence_endings(chunks: &mut [String]) {
    let ends_sentence = |s: &str| {
        let c: Vec<char> = s.chars().rev().take(3).collect();
        let c = if c.first().is_some_and(|q| *q == '"' || *q == '\'') { &c[1..] } else { &c[..] };
        matches!(c, [p, l, ..] if matches!(p, '.' | '!' | '?') && l.is_ascii_lowercase())
    };
    let mut i = 0;
    while i + 1 < chunks.len() {
        if chunks[i + 1] == " " && ends_sentence(&chunks[i]) {
            chunks[i + 1] = "  ".to_string();
            i += 2;
        } else {
            i += 1;
        }
    }
}
