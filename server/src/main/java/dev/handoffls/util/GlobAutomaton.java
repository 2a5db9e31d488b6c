package dev.handoffls.util;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A glob compiled to a nondeterministic automaton and run over the text once, tracking the set of
 * states each character reaches. Matching costs at most (states × text length) steps, whatever the
 * pattern: a backtracking matcher (such as {@code java.util.regex}) takes exponential time on
 * {@code *a*a*a…b} or on many {@code **}{@code /}, and an {@code ignore} glob must never hang a scan.
 *
 * <p>Syntax: {@code *} any run of characters except '/', {@code **} any run including '/',
 * {@code **}{@code /} zero or more folders, {@code ?} one character except '/', {@code {a,b}} one of the
 * literal alternatives (an unclosed '{' is literal); everything else is literal.
 */
final class GlobAutomaton {
    private enum Piece {
        ONE_IN_NAME,
        ANY_IN_NAME,
        ANY,
        ANY_FOLDERS,
        TEXT
    }

    /** A piece of the pattern with its literal alternatives (for {@link Piece#TEXT}). */
    private record Token(Piece piece, List<String> texts) {}

    /** What a state consumes; {@link #SPLIT} consumes nothing and continues in all its targets. */
    private enum Kind {
        CHAR,
        NOT_SLASH,
        ANY,
        SPLIT,
        ACCEPT
    }

    private record State(Kind kind, char ch, int[] next) {}

    private final List<State> states = new ArrayList<>();
    private final int start;
    private final int accept;
    /** Per state, every state it reaches without consuming a character (itself included); computed once. */
    private final BitSet[] closures;

    GlobAutomaton(String glob) {
        accept = add(Kind.ACCEPT, '\0');
        List<Token> tokens = tokens(glob);
        int next = accept;
        // Built from the last piece back, so that each piece knows where it continues.
        for (int i = tokens.size() - 1; i >= 0; i--) {
            next = switch (tokens.get(i).piece()) {
                case ONE_IN_NAME -> add(Kind.NOT_SLASH, '\0', next);
                case ANY_IN_NAME -> loop(Kind.NOT_SLASH, next);
                case ANY -> loop(Kind.ANY, next);
                case ANY_FOLDERS -> split(loop(Kind.ANY, add(Kind.CHAR, '/', next)), next);
                case TEXT -> alternatives(tokens.get(i).texts(), next);
            };
        }
        start = next;
        closures = new BitSet[states.size()];
        for (int i = 0; i < closures.length; i++) {
            closures[i] = new BitSet(states.size());
            reach(i, closures[i]);
        }
    }

    /** Whether the whole text matches. */
    boolean matches(String text) {
        return run(text, false);
    }

    /** Whether the path matches, or a prefix of it that ends before a '/' (a folder above it). */
    boolean matchesPathOrFolderAbove(String path) {
        return run(path, true);
    }

    private boolean run(String text, boolean acceptBeforeSlash) {
        BitSet current = (BitSet) closures[start].clone();
        BitSet next = new BitSet(states.size());
        for (int i = 0; i < text.length() && !current.isEmpty(); i++) {
            char c = text.charAt(i);
            if (acceptBeforeSlash && c == '/' && current.get(accept)) {
                return true;
            }
            next.clear();
            for (int s = current.nextSetBit(0); s >= 0; s = current.nextSetBit(s + 1)) {
                State state = states.get(s);
                if (state.kind() == Kind.ANY
                        || state.kind() == Kind.NOT_SLASH && c != '/'
                        || state.kind() == Kind.CHAR && state.ch() == c) {
                    next.or(closures[state.next()[0]]);
                }
            }
            BitSet swap = current;
            current = next;
            next = swap;
        }
        return current.get(accept);
    }

    /** Adds {@code state} and every state it reaches without consuming a character. */
    private void reach(int state, BitSet set) {
        List<Integer> pending = new ArrayList<>(List.of(state));
        while (!pending.isEmpty()) {
            int s = pending.remove(pending.size() - 1);
            if (!set.get(s)) {
                set.set(s);
                if (states.get(s).kind() == Kind.SPLIT) {
                    for (int target : states.get(s).next()) {
                        pending.add(target);
                    }
                }
            }
        }
    }

    /** The pieces of a pattern, read from its start as the syntax is defined. */
    private static List<Token> tokens(String glob) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            int close = c == '{' ? glob.indexOf('}', i) : -1;
            if (glob.startsWith("**/", i)) {
                out.add(new Token(Piece.ANY_FOLDERS, List.of()));
                i += 2;
            } else if (glob.startsWith("**", i)) {
                out.add(new Token(Piece.ANY, List.of()));
                i += 1;
            } else if (c == '*' || c == '?') {
                out.add(new Token(c == '*' ? Piece.ANY_IN_NAME : Piece.ONE_IN_NAME, List.of()));
            } else if (close >= 0) {
                out.add(new Token(
                        Piece.TEXT, List.of(glob.substring(i + 1, close).split(",", -1))));
                i = close;
            } else {
                out.add(new Token(Piece.TEXT, List.of(String.valueOf(c))));
            }
        }
        return out;
    }

    /** Literal text, or {@code {a,b}}: one chain of characters per alternative. */
    private int alternatives(List<String> texts, int next) {
        int[] entries = new int[texts.size()];
        for (int a = 0; a < texts.size(); a++) {
            int entry = next;
            for (int k = texts.get(a).length() - 1; k >= 0; k--) {
                entry = add(Kind.CHAR, texts.get(a).charAt(k), entry);
            }
            entries[a] = entry;
        }
        return entries.length == 1 ? entries[0] : split(entries);
    }

    /** Zero or more characters of one kind, then {@code next}. */
    private int loop(Kind kind, int next) {
        int split = split(next);
        int consume = add(kind, '\0', split);
        states.set(split, new State(Kind.SPLIT, '\0', new int[] {consume, next}));
        return split;
    }

    private int split(int... targets) {
        return add(Kind.SPLIT, '\0', targets);
    }

    private int add(Kind kind, char c, int... next) {
        states.add(new State(kind, c, next));
        return states.size() - 1;
    }
}
