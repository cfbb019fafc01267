//! clap's own words in the language of the messages, where clap writes them itself: the
//! `help` subcommand's line and `--version`'s in `--help` (after the tree is built), and
//! the errors of parsing the command line (`cli-args-*`), one line from the error's kind
//! and context, then the usage and where to find more. English is left to clap.

use crate::i18n::{Arg, Language, Messages};
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// A command line clap refused, said in the language of the messages: the error on one
/// line, a blank line, the usage, a blank line, the pointer to `--help`. `main` prints it
/// after `clearfield: ` and exits with status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ArgsError(
    /// The whole text, its first line the error.
    pub String,
);

/// The built tree `command` with the lines clap adds when it builds one (the `help`
/// subcommand's, `-V`'s) in the language of `msgs`, here and in every command under it.
pub(super) fn built_in_words(mut command: clap::Command, msgs: &Messages) -> clap::Command {
    let key = |k: &str| msgs.has(k).then(|| msgs.text(k, &[]));
    let has_arg = |c: &clap::Command, id: &str| c.get_arguments().any(|a| a.get_id() == id);
    if let Some(text) = key("help-arg-version")
        && has_arg(&command, "version")
    {
        let heading = key("help-options");
        command = command.mut_arg("version", |mut a| {
            if let Some(heading) = heading {
                a = a.help_heading(heading);
            }
            a.help(text)
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        if name == "help" {
            command = command.mut_subcommand(&name, |c| help_tree(c, msgs));
        } else {
            command = command.mut_subcommand(&name, |c| built_in_words(c, msgs));
        }
    }
    command
}

/// The template of `--help` with clap's heading `Usage` in the language of `msgs`
/// (`help-usage`), when its catalogue has it.
pub(super) fn help_template(msgs: &Messages) -> Option<String> {
    msgs.has("help-usage").then(|| {
        let usage = msgs.text("help-usage", &[]);
        format!("{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}")
    })
}

/// The `help` subcommand clap made, `command`, and the copy of the tree under it
/// (`clearfield help hub init`), with clap's words in the language of `msgs`: the line
/// of each `help` in it, the headings of the help of each.
fn help_tree(mut command: clap::Command, msgs: &Messages) -> clap::Command {
    let key = |k: &str| msgs.has(k).then(|| msgs.text(k, &[]));
    if command.get_name() == "help"
        && let Some(about) = key("help-cmd-help")
    {
        command = command.about(about);
    }
    if let Some(arg) = key("help-arg-help-command")
        && command.get_arguments().any(|a| a.get_id() == "subcommand")
    {
        command = command.mut_arg("subcommand", |a| a.help(arg));
    }
    if let Some(template) = help_template(msgs) {
        command = command.help_template(template);
    }
    if let Some(heading) = key("help-commands") {
        command = command.subcommand_help_heading(heading);
    }
    if let Some(heading) = key("help-arguments") {
        command = command.mut_args(|a| {
            if a.is_positional() {
                a.help_heading(heading.clone())
            } else {
                a
            }
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |c| help_tree(c, msgs));
    }
    command
}

/// `arg` with what clap adds to its help in brackets (`[env: …]`, `[default: …]`,
/// `[possible values: …]`) written by us in the language of `msgs` (`help-env`,
/// `help-default`, `help-possible-values`) after its help, and clap's hidden. Only the
/// brackets clap itself would show: not a flag's, not a hidden value's.
pub(super) fn values_in_words(arg: clap::Arg, msgs: &Messages) -> clap::Arg {
    let takes_values = arg.get_action().takes_values();
    let mut added: Vec<String> = Vec::new();
    if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let env = env.to_string_lossy().into_owned();
        added.push(format!("[{}: {env}]", msgs.text("help-env", &[])));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let label = msgs.text("help-default", &[]);
        added.push(format!("[{label}: {}]", defaults.join(" ")));
    }
    let values: Vec<String> = arg
        .get_value_parser()
        .possible_values()
        .map(|values| {
            values
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_owned())
                .collect()
        })
        .unwrap_or_default();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let label = msgs.text("help-possible-values", &[]);
        added.push(format!("[{label}: {}]", values.join(", ")));
    }
    if added.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let help = if help.is_empty() {
        added.join(" ")
    } else {
        format!("{help} {}", added.join(" "))
    };
    arg.help(help)
        .hide_env(true)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// clap's error `e` in the language of `msgs`: an [`ArgsError`] for a refused command line
/// when the language is not English; `e` itself for English, and for help and version
/// (which clap prints, already in the language) whatever the language.
pub(super) fn args_error(e: clap::Error, msgs: &Messages) -> anyhow::Error {
    let passed_on = matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            | ErrorKind::Io
            | ErrorKind::Format
    );
    if passed_on || msgs.language() == Language::En {
        return e.into();
    }
    let mut text = error_line(&e, msgs);
    let tip = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(format!("'{s}'")),
        Some(ContextValue::Strings(v)) => Some(format!("'{}'", v.join("', '"))),
        _ => None,
    });
    if let Some(tip) = tip {
        let tip = msgs.text("cli-args-similar", &[("suggested", tip.into())]);
        text = format!("{text}; {tip}");
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        let heading = msgs.text("help-usage", &[]);
        text = format!("{text}\n\n{heading}: {usage}");
    }
    let more = msgs.text("cli-args-more", &[("help", "--help".into())]);
    ArgsError(format!("{text}\n\n{more}")).into()
}

/// The first line of [`args_error`]'s text: what clap found wrong, from its kind and
/// context; `cli-args-other` with clap's English when the context lacks what the line needs.
fn error_line(e: &clap::Error, msgs: &Messages) -> String {
    let text = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let say = |key: &str, args: &[(&str, &Option<String>)]| -> Option<String> {
        let mut given: Vec<(&str, Arg)> = Vec::new();
        for &(name, v) in args {
            given.push((name, v.clone()?.into()));
        }
        Some(msgs.text(key, &given))
    };
    let line = match e.kind() {
        ErrorKind::UnknownArgument => say("cli-args-unknown-argument", &[("arg", &arg)]),
        ErrorKind::InvalidValue if value.as_deref() == Some("") => {
            say("cli-args-value-required", &[("arg", &arg)])
        }
        ErrorKind::InvalidValue => say(
            "cli-args-invalid-value",
            &[("value", &value), ("arg", &arg)],
        ),
        ErrorKind::ValueValidation => {
            let reason = reason_in_words(e, value.as_deref(), msgs);
            match reason {
                Some(_) => say(
                    "cli-args-invalid-value-reason",
                    &[("value", &value), ("arg", &arg), ("reason", &reason)],
                ),
                None => say(
                    "cli-args-invalid-value",
                    &[("value", &value), ("arg", &arg)],
                ),
            }
        }
        ErrorKind::InvalidSubcommand => say(
            "cli-args-unknown-subcommand",
            &[("command", &text(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::MissingSubcommand => say(
            "cli-args-missing-subcommand",
            &[("command", &text(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::MissingRequiredArgument => say("cli-args-missing-required", &[("args", &arg)]),
        ErrorKind::ArgumentConflict => {
            let other = text(ContextKind::PriorArg);
            let command = text(ContextKind::InvalidSubcommand);
            if arg.is_some() && arg == other {
                say("cli-args-repeated", &[("arg", &arg)])
            } else if arg.is_some() {
                say("cli-args-conflict", &[("arg", &arg), ("other", &other)])
            } else {
                say(
                    "cli-args-subcommand-conflict",
                    &[("command", &command), ("other", &other)],
                )
            }
        }
        ErrorKind::NoEquals => say("cli-args-no-equals", &[("arg", &arg)]),
        ErrorKind::TooManyValues => say(
            "cli-args-too-many-values",
            &[("value", &value), ("arg", &arg)],
        ),
        ErrorKind::TooFewValues => say(
            "cli-args-too-few-values",
            &[
                ("arg", &arg),
                ("expected", &text(ContextKind::MinValues)),
                ("actual", &text(ContextKind::ActualNumValues)),
            ],
        ),
        ErrorKind::WrongNumberOfValues => say(
            "cli-args-wrong-number-of-values",
            &[
                ("arg", &arg),
                ("expected", &text(ContextKind::ExpectedNumValues)),
                ("actual", &text(ContextKind::ActualNumValues)),
            ],
        ),
        ErrorKind::InvalidUtf8 => say("cli-args-invalid-utf8", &[]),
        _ => None,
    };
    let mut line = line.unwrap_or_else(|| {
        let english = e.kind().as_str().unwrap_or("invalid arguments");
        msgs.text("cli-args-other", &[("error", english.into())])
    });
    let list = match e.kind() {
        ErrorKind::MissingSubcommand => text(ContextKind::ValidSubcommand)
            .map(|v| msgs.text("cli-args-commands", &[("values", v.into())])),
        _ => text(ContextKind::ValidValue)
            .filter(|v| !v.is_empty())
            .map(|v| msgs.text("cli-args-possible-values", &[("values", v.into())])),
    };
    if let Some(list) = list {
        line = format!("{line} [{list}]");
    }
    line
}

/// Why a value parser refused a value (clap's `ValueValidation`), in the language of `msgs`
/// where the reason is Rust's or clap's own: not a number, a whole number outside a range
/// (`cli-args-not-a-number`, `cli-args-not-a-whole-number`, `cli-args-out-of-range`); the
/// program's own reason otherwise, as it gave it.
fn reason_in_words(e: &clap::Error, value: Option<&str>, msgs: &Messages) -> Option<String> {
    let source = std::error::Error::source(e)?;
    if source.downcast_ref::<std::num::ParseIntError>().is_some() {
        return Some(msgs.text("cli-args-not-a-whole-number", &[]));
    }
    if source.downcast_ref::<std::num::ParseFloatError>().is_some() {
        return Some(msgs.text("cli-args-not-a-number", &[]));
    }
    let reason = source.to_string();
    // clap's ranged integers: "5 is not in 30..=3650".
    let range = value
        .and_then(|v| reason.strip_prefix(&format!("{v} is not in ")))
        .and_then(|r| r.split_once("..="));
    if let Some((min, max)) = range {
        let args = [("min", min.into()), ("max", max.into())];
        return Some(msgs.text("cli-args-out-of-range", &args));
    }
    Some(reason)
}
