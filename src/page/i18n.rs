//! Every string the page shows, in English and 简体中文.

/// A language the page speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// The code stored in localStorage and set on `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// Reads a stored code or a browser language tag (`zh`, `zh-CN`, `en-US`…).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.to_ascii_lowercase();
        if tag.starts_with("zh") {
            Some(Lang::Zh)
        } else if tag.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The title of a gallery example in this language.
    pub fn title(self, example: &crate::gallery::Example) -> &'static str {
        match self {
            Lang::En => example.title_en,
            Lang::Zh => example.title_zh,
        }
    }

    /// The UI strings in this language.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

/// The page's UI strings in one language.
pub struct Text {
    /// Under the name in the header.
    pub tagline: &'static str,
    /// The run button.
    pub run: &'static str,
    /// The run button's tooltip, with its shortcut.
    pub run_hint: &'static str,
    /// The editor's accessible name.
    pub editor_label: &'static str,
    /// The output panel's heading.
    pub output: &'static str,
    /// The output panel before anything has run.
    pub output_empty: &'static str,
    /// The language switch's accessible name.
    pub language: &'static str,
    /// The gallery picker's label.
    pub examples: &'static str,
    /// The gallery's group of seed-tutorial examples.
    pub from_tutorials: &'static str,
    /// The gallery's group of classics.
    pub classics: &'static str,
    /// The gallery entry that brings back the user's own program.
    pub your_program: &'static str,
    /// The delay knobs' heading.
    pub delays: &'static str,
    /// "line N".
    pub line_no: fn(usize) -> String,
    /// A knob's kind.
    pub knob_kind: fn(crate::python::knobs::KnobKind) -> &'static str,
    /// What the check found, given statement, function and coroutine counts.
    pub accepted: fn(usize, usize, usize) -> String,
}

static EN: Text = Text {
    tagline: "the asyncio event loop, running in your browser",
    run: "Run",
    run_hint: "Run the program (Ctrl+Enter)",
    editor_label: "Python program",
    output: "Output",
    output_empty: "Press Run to check the program.",
    language: "Language",
    examples: "Examples",
    from_tutorials: "From the tutorials",
    classics: "Classics",
    your_program: "↩ Your program",
    delays: "Delays and timeouts",
    line_no: |n| format!("line {n}"),
    knob_kind: crate::page::components::knobs::kind_en,
    accepted: |statements, functions, coroutines| {
        format!(
            "No syntax errors: {statements} statements, {functions} functions ({coroutines} async def)."
        )
    },
};

static ZH: Text = Text {
    tagline: "在浏览器里运行的 asyncio 事件循环",
    run: "运行",
    run_hint: "运行程序 (Ctrl+Enter)",
    editor_label: "Python 程序",
    output: "输出",
    output_empty: "点击“运行”检查程序。",
    language: "语言",
    examples: "示例",
    from_tutorials: "教程中的示例",
    classics: "经典示例",
    your_program: "↩ 你的程序",
    delays: "延迟与超时",
    line_no: |n| format!("第 {n} 行"),
    knob_kind: crate::page::components::knobs::kind_zh,
    accepted: |statements, functions, coroutines| {
        format!(
            "没有语法错误:{statements} 条语句,{functions} 个函数(其中 {coroutines} 个 async def)。"
        )
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_the_language() {
        assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
