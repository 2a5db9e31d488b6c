package dev.handoffls.rules;

import dev.handoffls.rules.ids.ConflictingDefinition;
import dev.handoffls.rules.ids.DuplicateId;
import dev.handoffls.rules.ids.IdGap;
import dev.handoffls.rules.ids.IdInWrongCategory;
import dev.handoffls.rules.ids.MalformedIdRule;
import dev.handoffls.rules.ids.RestatedDefinition;
import dev.handoffls.rules.ids.UnbracketedId;
import dev.handoffls.rules.pt.MultiplePts;
import dev.handoffls.rules.pt.NotSynced;
import dev.handoffls.rules.pt.ParaphrasedInPt;
import dev.handoffls.rules.pt.StaleDirectiveCounts;
import dev.handoffls.rules.refs.BrokenWikiLink;
import dev.handoffls.rules.refs.DoneTaskMissingOutput;
import dev.handoffls.rules.refs.IdNotInPt;
import dev.handoffls.rules.refs.MissingAnchor;
import dev.handoffls.rules.refs.MissingDecision;
import dev.handoffls.rules.refs.MissingFile;
import dev.handoffls.rules.refs.MissingHandoffRef;
import dev.handoffls.rules.refs.PathOutsideWorkspace;
import dev.handoffls.rules.refs.PhantomDeployTarget;
import dev.handoffls.rules.refs.StaleSourceAnnotation;
import dev.handoffls.rules.refs.UndefinedId;
import dev.handoffls.rules.structure.CategoryOutOfOrder;
import dev.handoffls.rules.structure.HandoffNotLast;
import dev.handoffls.rules.structure.HandoffTooLong;
import dev.handoffls.rules.structure.InvalidEncoding;
import dev.handoffls.rules.structure.ItemWithoutId;
import dev.handoffls.rules.structure.MissingDownstreamHandoff;
import dev.handoffls.rules.structure.MissingHandoffCategory;
import dev.handoffls.rules.structure.MissingPtSection;
import dev.handoffls.rules.structure.UnfilledPlaceholder;
import dev.handoffls.rules.tickets.DueBeforeCreated;
import dev.handoffls.rules.tickets.DuplicateTicketId;
import dev.handoffls.rules.tickets.InvalidFrontMatter;
import dev.handoffls.rules.tickets.InvalidMetadataValue;
import dev.handoffls.rules.tickets.MissingMetadata;
import dev.handoffls.rules.tickets.StatusMismatch;
import dev.handoffls.rules.tickets.SupersededStillOpen;
import dev.handoffls.rules.trail.DroppedAtConsolidation;
import dev.handoffls.rules.trail.DroppedItem;
import dev.handoffls.rules.trail.MarkerWithoutReason;
import dev.handoffls.rules.trail.ReferenceToClosed;
import dev.handoffls.rules.trail.UnknownMarkerId;
import java.util.List;

/** The one place rules are registered. */
public final class Rules {
    private Rules() {}

    public static List<Rule> all() {
        return List.of(
                new InvalidEncoding(),
                new MissingDownstreamHandoff(),
                new MissingHandoffCategory(),
                new HandoffNotLast(),
                new HandoffTooLong(),
                new CategoryOutOfOrder(),
                new ItemWithoutId(),
                new UnfilledPlaceholder(),
                new MissingPtSection(),
                new MalformedIdRule(),
                new IdInWrongCategory(),
                new DuplicateId(),
                new ConflictingDefinition(),
                new RestatedDefinition(),
                new IdGap(),
                new UnbracketedId(),
                new UndefinedId(),
                new IdNotInPt(),
                new MissingFile(),
                new PhantomDeployTarget(),
                new DoneTaskMissingOutput(),
                new BrokenWikiLink(),
                new MissingHandoffRef(),
                new MissingDecision(),
                new PathOutsideWorkspace(),
                new MissingAnchor(),
                new StaleSourceAnnotation(),
                new InvalidFrontMatter(),
                new MissingMetadata(),
                new InvalidMetadataValue(),
                new StatusMismatch(),
                new DueBeforeCreated(),
                new DuplicateTicketId(),
                new NotSynced(),
                new ParaphrasedInPt(),
                new StaleDirectiveCounts(),
                new SupersededStillOpen(),
                new MultiplePts(),
                new DroppedItem(),
                new DroppedAtConsolidation(),
                new ReferenceToClosed(),
                new UnknownMarkerId(),
                new MarkerWithoutReason());
    }
}
