//! `json.loads`: a recursive-descent reader that fails where CPython's
//! scanner fails, with its messages.

use std::cell::RefCell;
use std::rc::Rc;

use super::decode_error;
use crate::python::object::errors::{Res, hashable};
use crate::python::object::value::{DictMap, Value};

struct Reader {
    doc: Vec<char>,
    pos: usize,
    depth: usize,
}

/// `json.loads(s)`.
pub fn loads(s: &str) -> Res<Value> {
    let mut r = Reader { doc: s.chars().collect(), pos: 0, depth: 0 };
    r.skip_ws();
    let v = r.value()?;
    r.skip_ws();
    if r.pos < r.doc.len() {
        return Err(decode_error("Extra data", &r.doc, r.pos));
    }
    Ok(v)
}

impl Reader {
    fn peek(&self) -> Option<char> {
        self.doc.get(self.pos).copied()
    }
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }
    fn fail<T>(&self, msg: &str, at: usize) -> Res<T> {
        Err(decode_error(msg, &self.doc, at))
    }
    fn literal(&mut self, word: &str) -> bool {
        let w: Vec<char> = word.chars().collect();
        if self.doc.get(self.pos..self.pos + w.len()) == Some(&w[..]) {
            self.pos += w.len();
            return true;
        }
        false
    }

    fn value(&mut self) -> Res<Value> {
        if self.depth > 900 {
            return Err(crate::python::object::errors::exc("RecursionError", "maximum recursion depth exceeded while decoding a JSON document"));
        }
        let start = self.pos;
        match self.peek() {
            Some('"') => {
                self.pos += 1;
                self.string(start).map(|s| Value::str(&s))
            }
            Some('{') => {
                self.depth += 1;
                let v = self.object();
                self.depth -= 1;
                v
            }
            Some('[') => {
                self.depth += 1;
                let v = self.array();
                self.depth -= 1;
                v
            }
            _ if self.literal("null") => Ok(Value::None),
            _ if self.literal("true") => Ok(Value::Bool(true)),
            _ if self.literal("false") => Ok(Value::Bool(false)),
            _ if self.literal("NaN") => Ok(Value::Float(f64::NAN)),
            _ if self.literal("Infinity") => Ok(Value::Float(f64::INFINITY)),
            _ if self.literal("-Infinity") => Ok(Value::Float(f64::NEG_INFINITY)),
            _ => self.number(),
        }
    }

    fn number(&mut self) -> Res<Value> {
        let start = self.pos;
        let digits = |r: &mut Reader| {
            let s = r.pos;
            while matches!(r.peek(), Some('0'..='9')) {
                r.pos += 1;
            }
            r.pos > s
        };
        if self.peek() == Some('-') {
            self.pos += 1;
        }
        if self.peek() == Some('0') {
            self.pos += 1;
        } else if !digits(self) {
            self.pos = start;
            return self.fail("Expecting value", start);
        }
        let mut is_float = false;
        let mark = self.pos;
        if self.peek() == Some('.') {
            self.pos += 1;
            if digits(self) {
                is_float = true;
            } else {
                self.pos = mark;
            }
        }
        let mark = self.pos;
        if matches!(self.peek(), Some('e' | 'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.pos += 1;
            }
            if digits(self) {
                is_float = true;
            } else {
                self.pos = mark;
            }
        }
        let text: String = self.doc[start..self.pos].iter().collect();
        if is_float {
            return Ok(Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)));
        }
        let n: num_bigint::BigInt = text.parse().unwrap_or_default();
        Ok(crate::python::object::value::int_from_big(n))
    }

    fn string(&mut self, start: usize) -> Res<String> {
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return self.fail("Unterminated string starting at", start);
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let esc_at = self.pos;
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return self.fail("Unterminated string starting at", start);
                    };
                    self.pos += 1;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => out.push(self.unicode_escape(esc_at)?),
                        _ => return self.fail("Invalid \\escape", esc_at),
                    }
                }
                c if (c as u32) < 0x20 => return self.fail("Invalid control character at", self.pos),
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn hex4(&mut self, esc_at: usize) -> Res<u32> {
        let text: String = self.doc.get(self.pos..self.pos + 4).map(|s| s.iter().collect()).unwrap_or_default();
        match u32::from_str_radix(&text, 16) {
            Ok(n) if text.len() == 4 => {
                self.pos += 4;
                Ok(n)
            }
            _ => self.fail("Invalid \\uXXXX escape", esc_at),
        }
    }

    fn unicode_escape(&mut self, esc_at: usize) -> Res<char> {
        let hi = self.hex4(esc_at)?;
        if (0xd800..0xdc00).contains(&hi) && self.doc.get(self.pos) == Some(&'\\') && self.doc.get(self.pos + 1) == Some(&'u') {
            let save = self.pos;
            self.pos += 2;
            let lo = self.hex4(save)?;
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                return Ok(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
            self.pos = save;
        }
        Ok(char::from_u32(hi).unwrap_or('\u{fffd}'))
    }

    fn object(&mut self) -> Res<Value> {
        self.pos += 1;
        let mut map = DictMap::new();
        self.skip_ws();
        if self.peek() == Some('}') {
            self.pos += 1;
            return Ok(Value::Dict(Rc::new(RefCell::new(map))));
        }
        loop {
            if self.peek() != Some('"') {
                return self.fail("Expecting property name enclosed in double quotes", self.pos);
            }
            let start = self.pos;
            self.pos += 1;
            let key = self.string(start)?;
            self.skip_ws();
            if self.peek() != Some(':') {
                return self.fail("Expecting ':' delimiter", self.pos);
            }
            self.pos += 1;
            self.skip_ws();
            let v = self.value()?;
            map.insert(hashable(Value::str(&key))?, v);
            self.skip_ws();
            match self.peek() {
                Some('}') => {
                    self.pos += 1;
                    return Ok(Value::Dict(Rc::new(RefCell::new(map))));
                }
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                }
                _ => return self.fail("Expecting ',' delimiter", self.pos),
            }
        }
    }

    fn array(&mut self) -> Res<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(']') {
            self.pos += 1;
            return Ok(Value::list(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(']') => {
                    self.pos += 1;
                    return Ok(Value::list(items));
                }
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                }
                _ => return self.fail("Expecting ',' delimiter", self.pos),
            }
        }
    }
}
