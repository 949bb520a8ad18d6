//! Share links: the program, the cursor's moment, the clock mode, the speed,
//! the timeline's spacing, the language and whether the link opens in
//! predict-then-reveal mode in a URL's fragment
//! (`#v1;lang=zh;clock=real;speed=2;spacing=iteration;at=5;predict=1;code=…`),
//! the program as base64url
//! of its UTF-8 so any text survives the trip. The delay knobs are the
//! program's own literals, so their values travel in `code`. Nothing is sent
//! anywhere: the fragment never leaves the browser. Decoding takes the
//! fragment as untrusted text and yields plain values, never markup; a field
//! it cannot read is left out, as if the link had not named it.

use super::timeline::Spacing;

/// How the shared run's clock goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The run completes at once on the virtual clock.
    Virtual,
    /// Browser timers drive the loop.
    Real,
}

/// What a share link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    /// The program (with its knobs' values: they are its literals).
    pub source: String,
    /// The moment shown (loop iterations completed), if any.
    pub at: Option<u64>,
    /// The language code (`en` or `zh-CN`), if any.
    pub lang: Option<String>,
    /// The clock mode, if any.
    pub clock: Option<Clock>,
    /// The speed factor (virtual seconds per real second), if any: finite
    /// and positive (the page keeps it only when it is one of its speeds).
    pub speed: Option<f64>,
    /// How the timeline spaces the iterations, if any.
    pub spacing: Option<Spacing>,
    /// Whether the link opens in predict-then-reveal mode (`predict=1`).
    pub predict: bool,
}

impl Shared {
    /// A link to `source` alone: no moment, language, clock, speed or
    /// spacing, not predicting.
    pub fn program(source: &str) -> Shared {
        Shared { source: source.to_string(), at: None, lang: None, clock: None, speed: None, spacing: None, predict: false }
    }
}

/// Links longer than this many characters are refused by some browsers and
/// chat programs: the page says so instead of copying a link that breaks.
pub const MAX_LINK_CHARS: usize = 32_000;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` as unpadded base64url (RFC 4648 §5).
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// The bytes of unpadded (or padded) base64url text; None when it is not.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// The fragment (without `#`) for `shared`.
pub fn encode(shared: &Shared) -> String {
    let mut out = String::from("v1");
    if let Some(lang) = &shared.lang {
        out.push_str(";lang=");
        out.push_str(if lang.starts_with("zh") { "zh" } else { "en" });
    }
    if let Some(clock) = shared.clock {
        out.push_str(if clock == Clock::Real { ";clock=real" } else { ";clock=virtual" });
    }
    if let Some(speed) = shared.speed.filter(|s| s.is_finite() && *s > 0.0) {
        out.push_str(&format!(";speed={speed}"));
    }
    if let Some(spacing) = shared.spacing {
        out.push_str(";spacing=");
        out.push_str(spacing.code());
    }
    if let Some(at) = shared.at {
        out.push_str(&format!(";at={at}"));
    }
    if shared.predict {
        out.push_str(";predict=1");
    }
    out.push_str(";code=");
    out.push_str(&base64url(shared.source.as_bytes()));
    out
}

/// What a fragment (with or without its `#`) shares; None when it is not a
/// share link (or a broken one).
pub fn decode(fragment: &str) -> Option<Shared> {
    let mut parts = fragment.strip_prefix('#').unwrap_or(fragment).split(';');
    if parts.next()? != "v1" {
        return None;
    }
    let mut shared = Shared::program("");
    let mut has_code = false;
    for part in parts {
        let (key, value) = part.split_once('=')?;
        match key {
            "lang" => shared.lang = Some(if value == "zh" { "zh-CN" } else { "en" }.to_string()),
            "at" => shared.at = value.parse().ok(),
            "predict" => shared.predict = value == "1",
            "clock" => {
                shared.clock = match value {
                    "real" => Some(Clock::Real),
                    "virtual" => Some(Clock::Virtual),
                    _ => None,
                }
            }
            "speed" => shared.speed = value.parse::<f64>().ok().filter(|s| s.is_finite() && *s > 0.0),
            "spacing" => shared.spacing = Spacing::from_code(value),
            "code" => {
                shared.source = String::from_utf8(from_base64url(value)?).ok()?;
                has_code = true;
            }
            _ => {}
        }
    }
    has_code.then_some(shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        for (plain, coded) in [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy")] {
            assert_eq!(base64url(plain.as_bytes()), coded);
            assert_eq!(from_base64url(coded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(from_base64url("Zg=="), Some(b"f".to_vec()));
        assert_eq!(from_base64url("Z"), None);
        assert_eq!(from_base64url("Zm+v"), None);
    }

    #[test]
    fn round_trips_any_text_including_hostile_text() {
        for source in ["import asyncio\n\nprint('你好')\n", "</script><script>alert(1)</script>", "a;b=c#d&e\u{0}\u{1F600}", ""] {
            let shared = Shared { at: Some(7), lang: Some("zh-CN".into()), clock: Some(Clock::Real), speed: Some(0.25), spacing: Some(Spacing::Iteration), predict: true, ..Shared::program(source) };
            let fragment = encode(&shared);
            assert!(fragment.chars().all(|c| c.is_ascii_alphanumeric() || "-_;=.".contains(c)), "{fragment}");
            assert_eq!(decode(&format!("#{fragment}")), Some(shared));
        }
    }

    #[test]
    fn refuses_what_is_not_a_share_link() {
        assert_eq!(decode(""), None);
        assert_eq!(decode("#<script>alert(1)</script>"), None);
        assert_eq!(decode("#v1;at=3"), None);
        assert_eq!(decode("#v1;code=%%%"), None);
        assert_eq!(decode("#v1;code=_w"), None, "not UTF-8");
        let shared = decode("#v1;at=x;code=aGk").unwrap();
        assert_eq!((shared.source.as_str(), shared.at, shared.lang), ("hi", None, None));
    }

    #[test]
    fn carries_the_clock_and_the_speed_and_drops_what_it_cannot_read() {
        let shared = Shared { lang: Some("en".into()), clock: Some(Clock::Virtual), speed: Some(2.0), at: Some(5), ..Shared::program("hi") };
        assert_eq!(encode(&shared), "v1;lang=en;clock=virtual;speed=2;at=5;code=aGk");
        let hostile = decode("#v1;clock=<script>;speed=NaN;at=-1;lang=<b>;code=aGk").unwrap();
        assert_eq!(hostile, Shared { lang: Some("en".into()), ..Shared::program("hi") });
        for speed in ["inf", "-2", "0", "1e999"] {
            assert_eq!(decode(&format!("v1;speed={speed};code=aGk")).unwrap().speed, None, "{speed}");
        }
        assert_eq!(decode("v1;clock=real;speed=0.5;code=aGk").map(|s| (s.clock, s.speed)), Some((Some(Clock::Real), Some(0.5))));
    }

    #[test]
    fn carries_the_predict_flag_and_reads_nothing_else_as_it() {
        let shared = Shared { predict: true, at: Some(3), ..Shared::program("hi") };
        assert_eq!(encode(&shared), "v1;at=3;predict=1;code=aGk");
        assert_eq!(decode("#v1;at=3;predict=1;code=aGk"), Some(shared));
        assert_eq!(encode(&Shared::program("hi")), "v1;code=aGk", "off: not named");
        for value in ["0", "true", "<img src=x onerror=alert(1)>", ""] {
            assert!(!decode(&format!("#v1;predict={value};code=aGk")).unwrap().predict, "{value}");
        }
        assert_eq!(decode("#v1;predict=1;code=PGI-PC9iPg").map(|s| (s.source, s.predict)), Some(("<b></b>".to_string(), true)), "markup stays text");
    }

    #[test]
    fn carries_the_timeline_spacing_and_drops_a_spacing_it_does_not_know() {
        let shared = Shared { spacing: Some(Spacing::Iteration), speed: Some(2.0), at: Some(4), ..Shared::program("hi") };
        assert_eq!(encode(&shared), "v1;speed=2;spacing=iteration;at=4;code=aGk");
        assert_eq!(decode("#v1;speed=2;spacing=iteration;at=4;code=aGk"), Some(shared));
        assert_eq!(decode("#v1;spacing=time;code=aGk").and_then(|s| s.spacing), Some(Spacing::Time));
        for value in ["<script>", "", "Iteration", "1"] {
            assert_eq!(decode(&format!("#v1;spacing={value};code=aGk")).unwrap().spacing, None, "{value}");
        }
    }
}
