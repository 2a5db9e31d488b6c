package dev.handoffls.model;

/**
 * Where a document sits in the workspace's pipelines (spec §2).
 *
 * @param scope          the scope key: a pipeline's name or folder, or "" for the workspace-wide scope
 * @param pipelineFolder the pipeline folder (workspace-relative), or null outside pipelines
 * @param phase          the phase number, or null
 * @param folder         the folder holding the document ("" at the root)
 */
public record Placement(String scope, String pipelineFolder, Integer phase, String folder) {

    public static final String DEFAULT_SCOPE = "";

    public boolean inPipeline() {
        return pipelineFolder != null;
    }

    /** Where PT source annotations are resolved (spec §12): the pipeline folder, else the document's folder. */
    public String annotationBase() {
        return pipelineFolder != null ? pipelineFolder : folder;
    }
}
