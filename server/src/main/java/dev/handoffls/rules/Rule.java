package dev.handoffls.rules;

/** One rule, one code (STYLE habit 6). Rules read the context and report; they never throw on purpose. */
public interface Rule {

    Code code();

    void check(RuleContext context);
}
