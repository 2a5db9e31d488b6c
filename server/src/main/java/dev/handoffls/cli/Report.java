package dev.handoffls.cli;

import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import java.util.List;

/** The findings of one run, with how to show their paths and how many findings the baseline hid. */
record Report(List<Finding> findings, int files, PathDisplay paths, int baselined) {

    long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
