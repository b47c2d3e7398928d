//! Asking on a terminal: a yes/no confirmation (default No) and the fields a command
//! lacks, in the chosen language; off a terminal nothing asks, and the missing fields make
//! one usage error.

use anyhow::Result;

use super::Ctx;
use crate::tr;

/// Asks a yes/no question on the terminal, default No.
/// The hint after the question (`[y/N]`, `[s/N]`) and the answer echoed are in the chosen
/// language; `y` and `s` (sì) both mean yes in either, `n`, Enter and Escape mean No.
pub fn confirm(prompt: &str) -> Result<bool> {
    use dialoguer::console::{Key, Term};
    let term = Term::stderr();
    term.write_str(&format!("{prompt} {} ", tr!("prompt-yes-no-hint")))?;
    term.flush()?;
    let yes = loop {
        match term.read_key()? {
            Key::Char('y' | 'Y' | 's' | 'S') => break true,
            Key::Char('n' | 'N') | Key::Enter | Key::Escape => break false,
            _ => continue,
        }
    };
    term.write_line(&if yes {
        tr!("prompt-yes")
    } else {
        tr!("prompt-no")
    })?;
    Ok(yes)
}

/// Fills missing fields: asks on a terminal, and off a terminal collects the
/// missing flags for one usage error (never a prompt).
pub struct Asker {
    interactive: bool,
    missing: Vec<&'static str>,
}

impl Asker {
    pub fn new(ctx: &Ctx) -> Self {
        Asker {
            interactive: ctx.interactive,
            missing: Vec::new(),
        }
    }

    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// A required value: given, asked, or recorded as missing (then `""`).
    pub fn required(
        &mut self,
        value: Option<String>,
        flag: &'static str,
        prompt: &str,
    ) -> Result<String> {
        match value {
            Some(v) => Ok(v),
            None if self.interactive => Ok(dialoguer::Input::<String>::new()
                .with_prompt(prompt)
                .interact_text()?),
            None => {
                self.missing.push(flag);
                Ok(String::new())
            }
        }
    }

    /// An optional value: given, or asked on a terminal (empty answer = none).
    pub fn optional(&mut self, value: Option<String>, prompt: &str) -> Result<Option<String>> {
        match value {
            Some(v) => Ok(Some(v)),
            None if self.interactive => {
                let v: String = dialoguer::Input::new()
                    .with_prompt(tr!("prompt-optional", prompt = prompt))
                    .allow_empty(true)
                    .interact_text()?;
                Ok(Some(v).filter(|v| !v.trim().is_empty()))
            }
            None => Ok(None),
        }
    }

    pub fn missing(&mut self, flag: &'static str) {
        self.missing.push(flag);
    }

    /// Fails with a usage error (exit 2) naming every missing flag.
    pub fn finish(self) -> Result<()> {
        if self.missing.is_empty() {
            Ok(())
        } else {
            Err(
                crate::error::Usage(tr!("error-missing-flags", flags = self.missing.join(", ")))
                    .into(),
            )
        }
    }
}
