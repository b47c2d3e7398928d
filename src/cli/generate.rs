//! Shell completions, man pages and the English help's Fluent messages, generated from the
//! English clap tree (checked in under `completions/`, `man/`, `i18n/en/help.ftl`; a test
//! fails when they are stale).

use clap_complete::Shell;

/// Every generated file: its path relative to the repository root, and its content.
pub fn files() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "lpt.bash"),
        (Shell::Zsh, "_lpt"),
        (Shell::Fish, "lpt.fish"),
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut crate::cli::command(), "lpt", &mut buf);
        out.push((format!("completions/{name}"), buf));
    }
    let mut root = crate::cli::command();
    root.build();
    man_pages(&root, "lpt", &mut out);
    out.push((
        "i18n/en/help.ftl".to_string(),
        super::help::english_ftl().into_bytes(),
    ));
    out
}

fn man_pages(cmd: &clap::Command, name: &str, out: &mut Vec<(String, Vec<u8>)>) {
    let mut buf = Vec::new();
    let page = cmd.clone().name(name.to_string());
    clap_mangen::Man::new(page)
        .render(&mut buf)
        .expect("rendering to memory cannot fail");
    out.push((format!("man/{name}.1"), buf));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), out);
    }
}
