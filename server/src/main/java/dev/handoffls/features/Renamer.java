package dev.handoffls.features;

import dev.handoffls.features.Occurrences.Kind;
import dev.handoffls.features.Occurrences.Occurrence;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdToken;
import dev.handoffls.parse.IdGrammar;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rename an ID across its scope: every definition, document-local definition and reference token in
 * every document of the pipeline. Refuses a new name that is malformed or already in use. In a
 * range reference only a literal end token is renamed; a range that merely spans the ID is left as
 * written, with a warning.
 */
public final class Renamer {

    /** The outcome of a rename: refused with a reason, or the edits per workspace-relative path. */
    public sealed interface RenameResult permits Refused, Edits {}

    public record Refused(String reason) implements RenameResult {}

    /** @param edits per path (sorted), each list sorted and without overlaps */
    public record Edits(Map<String, List<TextEdit>> edits, List<String> warnings) implements RenameResult {}

    private Renamer() {}

    /** The range of the ID token under the cursor; empty when the cursor is not on an ID. */
    public static Optional<Range> prepareRename(WorkspaceIndex index, HandoffDocument doc, Position position) {
        return IdAt.find(doc, position).map(IdAt::range);
    }

    public static RenameResult rename(WorkspaceIndex index, HandoffDocument doc, Position position, String newName) {
        Optional<IdAt> at = IdAt.find(doc, position);
        if (at.isEmpty()) {
            return new Refused("the cursor is not on an ID");
        }
        String oldId = at.get().id();
        String name = newName.strip();
        if (name.equals(oldId)) {
            return new Edits(Map.of(), List.of());
        }
        List<HandoffDocument> docs = Occurrences.scopeDocuments(index, doc);
        Optional<String> refusal = refusal(index, index.scopeOf(doc), docs, name);
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        Map<String, List<TextEdit>> edits = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (HandoffDocument d : docs) {
            List<TextEdit> own = new ArrayList<>();
            for (Occurrence o : Occurrences.of(d, oldId)) {
                if (o.kind() == Kind.INSIDE_RANGE) {
                    warnings.add(d.path() + ":" + line(o.range()) + ": '"
                            + o.reference().text() + "' spans " + oldId
                            + " without naming it; the range was left as written");
                    continue;
                }
                if (o.kind() == Kind.RANGE_END && !stillARange(o.reference().ids(), oldId, name)) {
                    warnings.add(d.path() + ":" + line(o.range()) + ": '"
                            + o.reference().text() + "' no longer forms a"
                            + " range after the rename (its ends must share a prefix and ascend)");
                }
                own.add(new TextEdit(o.range(), name));
            }
            if (!own.isEmpty()) {
                edits.put(
                        d.path(),
                        own.stream()
                                .distinct()
                                .sorted(Comparator.comparing(TextEdit::range, Occurrences.BY_POSITION))
                                .toList());
            }
        }
        String oldPrefix = IdToken.parse(oldId).prefix();
        String newPrefix = IdToken.parse(name).prefix();
        if (!oldPrefix.equals(newPrefix)
                && docs.stream().anyMatch(d -> d.definitions().stream().anyMatch(x -> x.id().equals(oldId)))) {
            Map<String, String> names = index.configFor(docs.get(0).path()).idPrefixes();
            warnings.add(
                    name + " is a " + names.getOrDefault(newPrefix, newPrefix) + " ID: its definitions still sit under "
                            + names.getOrDefault(oldPrefix, oldPrefix) + ", move the items to the matching category");
        }
        return new Edits(edits, List.copyOf(warnings));
    }

    private static Optional<String> refusal(
            WorkspaceIndex index, ScopeIndex scope, List<HandoffDocument> docs, String name) {
        IdGrammar grammar = index.grammarFor(docs.isEmpty() ? "" : docs.get(0).path());
        if (!grammar.isWellFormed(name)) {
            String[] attempt = grammar.attempt(name, true);
            String hint = attempt != null && !attempt[1].isEmpty() ? ": did you mean " + attempt[1] + "?" : "";
            return Optional.of("'" + name + "' is not a well-formed ID (PREFIX-N with a prefix of "
                    + String.join(", ", grammar.prefixes()) + " and a number without leading zeros)" + hint);
        }
        Optional<DefinitionSite> origin = scope.origin(name);
        if (origin.isPresent()) {
            return Optional.of(name + " is already defined in this pipeline ("
                    + origin.get().path() + ":" + line(origin.get().definition().range())
                    + "): choose a free ID such as " + freeId(scope, docs, name));
        }
        for (HandoffDocument d : docs) {
            List<Occurrence> uses = Occurrences.of(d, name);
            if (!uses.isEmpty()) {
                String what = uses.get(0).isDefinition() ? "defined" : "referenced";
                return Optional.of(name + " is already " + what + " in this pipeline (" + d.path() + ":"
                        + line(uses.get(0).range()) + "): choose a free ID such as " + freeId(scope, docs, name));
            }
        }
        return Optional.empty();
    }

    /** The scope's next free ID with the prefix of {@code name} that nothing mentions either. */
    private static String freeId(ScopeIndex scope, List<HandoffDocument> docs, String name) {
        String prefix = IdToken.parse(name).prefix();
        int n = scope.highestNumber(prefix) + 1;
        while (isMentioned(docs, prefix + "-" + n)) {
            n++;
        }
        return prefix + "-" + n;
    }

    private static boolean isMentioned(List<HandoffDocument> docs, String id) {
        return docs.stream().anyMatch(d -> !Occurrences.of(d, id).isEmpty());
    }

    /** Whether the ends of a range still share a prefix and ascend once {@code oldId} becomes {@code name}. */
    private static boolean stillARange(List<String> ids, String oldId, String name) {
        IdToken first = IdToken.parse(ids.get(0).equals(oldId) ? name : ids.get(0));
        String lastId = ids.get(ids.size() - 1);
        IdToken last = IdToken.parse(lastId.equals(oldId) ? name : lastId);
        return first.prefix().equals(last.prefix()) && first.number() < last.number();
    }

    private static int line(Range r) {
        return r.startLine() + 1;
    }
}
