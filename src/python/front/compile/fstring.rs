//! f-strings: literal parts, `{value!r:spec}` replacement fields (the spec may
//! itself hold fields), and `{value=}` debug text; `BuildString` joins them.

use ruff_python_ast as ast;

use super::{FnCompiler, R};
use crate::python::object::code::Op;
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// An f-string (possibly implicitly concatenated with plain strings).
    pub(super) fn fstring(&mut self, f: &'s ast::ExprFString) -> R {
        let mut count = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    self.emit_const(Value::str(&s.value));
                    count += 1;
                }
                ast::FStringPart::FString(fs) => {
                    for element in fs.elements.iter() {
                        self.fstring_element(element)?;
                        count += 1;
                    }
                }
            }
        }
        self.emit(Op::BuildString(count));
        Ok(())
    }

    /// One literal piece or replacement field; pushes one string.
    fn fstring_element(&mut self, element: &'s ast::InterpolatedStringElement) -> R {
        match element {
            ast::InterpolatedStringElement::Literal(l) => self.emit_const(Value::str(&l.value)),
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut conversion = i.conversion.to_byte().unwrap_or(0);
                if let Some(debug) = &i.debug_text {
                    let text = format!("{}{}{}", debug.leading(), debug.expression(), debug.trailing());
                    self.emit_const(Value::str(&text));
                    if conversion == 0 && i.format_spec.is_none() {
                        conversion = b'r';
                    }
                }
                self.expr(&i.expression)?;
                let has_spec = if let Some(spec) = &i.format_spec {
                    for e in spec.elements.iter() {
                        self.fstring_element(e)?;
                    }
                    self.emit(Op::BuildString(spec.elements.len() as u32));
                    true
                } else {
                    false
                };
                self.emit(Op::FormatValue(conversion, has_spec));
                if i.debug_text.is_some() {
                    self.emit(Op::BuildString(2));
                }
            }
        }
        Ok(())
    }
}
