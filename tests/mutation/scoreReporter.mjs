// Prints the score as one plain line ("Mutation score: N %") at the end of `npm run mutate`, where the clear-text
// table holds it among many other figures.
import { declareClassPlugin, PluginKind } from "@stryker-mutator/api/plugin";

class ScoreReporter {
  onMutationTestReportReady(_report, metrics) {
    const score = metrics.systemUnderTestMetrics.metrics.mutationScore;
    console.log(`Mutation score: ${score.toFixed(1)} %`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, "score", ScoreReporter)];
