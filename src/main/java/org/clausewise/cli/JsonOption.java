package org.clausewise.cli;

import picocli.CommandLine.Option;

/** {@code --json}, the same words in every command that has it: {@code @Mixin JsonOption json;}. */
public final class JsonOption {
    @Option(names = "--json", description = "Print JSON (the contract of docs/cli-contract.md) instead of text.")
    boolean json;

    public boolean on() {
        return json;
    }
}
