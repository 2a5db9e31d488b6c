package dev.handoffls.model;

import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the rules and features need to know about one version of one document. Computed once
 * per text version by {@code DocumentParser}; immutable.
 *
 * @param path           workspace-relative path with '/' separators
 * @param proseMask      what of the text is not prose (code, HTML, link destinations, front matter, ID
 *                       definitions): {@link #prose()} is the text with it blanked to spaces, same length and
 *                       line breaks
 * @param handoff        the {@code ## Downstream Handoff} section (any kind), if present
 * @param registry       a PT's registry sections, if this is a PT
 * @param definitions    scope definitions made by handoff categories and PT registry sections, in order
 * @param teamDefinitions IDs defined in the team's own forms (headings, table rows, colon items, bold
 *                       leads, team-numbered handoff items); scope-wide, for navigation and HL301
 * @param teamItems      handoff items labelled in a numbering of the team's own ({@code - RISK-2: …})
 * @param bodyMetadata   bold {@code **Key**: value} lines, first occurrence per lower-cased key
 * @param ptVersion      N of a {@code PT-v{N}.md} file name
 * @param decisionNumber the number of a decision document
 * @param markers        closing and forwarding markers ({@code Resolved: R-1 — …}) of an L2, PT or directive
 * @param suppressions   the {@code <!-- handoff-ls-… -->} comments outside code, in document order
 */
public record HandoffDocument(
        String path,
        DocumentText text,
        ProseMask proseMask,
        DocumentKind kind,
        Placement location,
        boolean coordinator,
        Optional<FrontMatter> frontMatter,
        List<Heading> headings,
        Optional<HandoffSection> handoff,
        Optional<HandoffSection> registry,
        List<IdDefinition> definitions,
        List<MalformedId> malformedIds,
        List<TeamDefinition> teamDefinitions,
        List<TeamItem> teamItems,
        List<IdReference> references,
        List<TaskItem> tasks,
        List<PathRef> artifactPaths,
        List<PathRef> directiveInputs,
        List<LinkRef> links,
        List<WikiLink> wikiLinks,
        List<NamedRef> handoffRefs,
        List<NamedRef> decisionRefs,
        Map<String, MetadataValue> bodyMetadata,
        List<SourceAnnotation> sourceAnnotations,
        Integer ptVersion,
        Integer decisionNumber,
        int invalidUtf8Sequences,
        List<SuppressionComment> suppressions,
        List<TrailMarker> markers) {

    /** The text with everything that is not prose blanked to spaces (rebuilt on each call: hold on to it). */
    public String prose() {
        return proseMask.apply(text.text());
    }

    /** {@code prose().charAt(offset)}, without rebuilding the prose. */
    public char proseCharAt(int offset) {
        return proseMask.charAt(text.text(), offset);
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public Optional<Heading> firstHeading() {
        return headings.isEmpty() ? Optional.empty() : Optional.of(headings.get(0));
    }

    public boolean isL2() {
        return kind == DocumentKind.L2_SUMMARY;
    }

    public boolean isPt() {
        return kind == DocumentKind.PERMANENT_TASK;
    }

    /**
     * The lines that hold a closing or forwarding marker: the marker, not a reference, speaks there. A bit
     * set: the trail and three rules test every reference's line against it (no Integer per test).
     */
    public java.util.BitSet markerLines() {
        java.util.BitSet lines = new java.util.BitSet();
        markers.forEach(m -> lines.set(m.range().startLine()));
        return lines;
    }

    /** The categories of the handoff section, then the PT's registry sections (Artifacts included). */
    public List<Category> sectionCategories() {
        List<Category> out = new java.util.ArrayList<>();
        handoff.ifPresent(h -> out.addAll(h.categories()));
        registry.ifPresent(r -> out.addAll(r.categories()));
        return out;
    }
}
