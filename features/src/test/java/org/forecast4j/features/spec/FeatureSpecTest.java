package org.forecast4j.features.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.core.io.ForecastJson;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureSpecTest {

    @TempDir
    Path dir;

    @Test
    void readsTheExampleSpec() {
        FeatureSpec spec = FeatureSpec.read(Path.of("src/test/resources/examples/spec.json"));
        assertEquals(Match.ENTITIES, spec.match());
        assertEquals(List.of("fundShift", "deals90", "sinceDecline", "disbursed", "daysLeft", "elapsed", "market",
                "japan"), spec.schema().names());
        FeatureDefinition fund = spec.feature(0);
        assertEquals(FeatureKind.DECAYED_SUM, fund.kind());
        assertEquals("sovereign-fund-shift", fund.type());
        assertEquals(30, fund.halfLifeDays());
        assertEquals(Weight.CREDIBILITY, fund.weight(), "the default weight");
        assertEquals(Transform.LOG1P, spec.feature(4).transform());
        assertEquals(Transform.LOGIT, spec.feature(6).transform());
        assertEquals(0.5, spec.feature(6).ifNone());
        assertEquals("Japan", spec.feature(7).entity());
        String table = spec.toString();
        assertTrue(table.contains("decayed-sum(sovereign-fund-shift, halfLifeDays=30)"), table);
        assertTrue(table.contains("logit market-price(ifNone=0.5)"), table);
    }

    @Test
    void roundTripsThroughJson() throws IOException {
        FeatureSpec spec = FeatureSpec.of(Match.ALL, FeatureDefinition.decayedSum("a", "x", 7).withWeight(Weight.ONE),
                FeatureDefinition.count("b", "y", 1.5).withTransform(Transform.LOG1P),
                FeatureDefinition.daysSince("c", "z", 100), FeatureDefinition.logMagnitude("d", "x"),
                FeatureDefinition.daysToDeadline("e"), FeatureDefinition.elapsedFraction("f"),
                FeatureDefinition.marketPrice("g", 0.5).withTransform(Transform.LOGIT), FeatureDefinition.tag("h", "X"));
        Path file = dir.resolve("spec.json");
        spec.write(file);
        assertEquals(spec, FeatureSpec.read(file));
        assertEquals(spec, FeatureSpec.parse("s", ForecastJson.toPrettyJson(spec.toJson())));
    }

    private static String feature(String body) {
        return "{\"match\": \"entities\",\n \"features\": [\n  {\"name\": \"a\", \"kind\": \"count\", \"type\": \"x\","
                + " \"windowDays\": 3},\n" + body + "\n]}";
    }

    @Test
    void unknownKindFieldTransformAndMatchAreNamedWithTheirLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                feature("  {\"name\": \"b\", \"kind\": \"decayed-total\", \"type\": \"x\"}")));
        assertEquals("s.json line 4, field 'features[1].kind': value 'decayed-total' is not a feature kind (kinds:"
                + " decayed-sum, count, days-since, log-magnitude, days-to-deadline, elapsed-fraction, market-price,"
                + " market-change, deadline-hazard, tag)", e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                feature("  {\"name\": \"b\", \"kind\": \"decayed-sum\", \"type\": \"x\",\n   \"halfLife\": 30}")));
        assertEquals("s.json line 5, field 'features[1].halfLife': is not a field of a decayed-sum feature (fields:"
                + " name, kind, type, halfLifeDays, weight, transform)", e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                feature("  {\"name\": \"b\", \"kind\": \"tag\", \"entity\": \"X\", \"transform\": \"sqrt\"}")));
        assertEquals("s.json line 4, field 'features[1].transform': value 'sqrt' is not a transform (transforms:"
                + " none, logit, log1p)", e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                feature("  {\"name\": \"b\", \"kind\": \"count\", \"type\": \"x\", \"windowDays\": 3,"
                        + " \"transform\": \"logit\"}")));
        assertEquals("s.json line 4, field 'features[1].transform': value 'logit' applies only to kinds with values"
                + " in [0, 1] (elapsed-fraction, market-price, tag), not to count", e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                feature("  {\"name\": \"b\", \"kind\": \"days-since\", \"ifNone\": 3}")));
        assertEquals("s.json line 4, field 'features[1].type': is required", e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                feature("  {\"name\": \"a\", \"kind\": \"days-to-deadline\"}")));
        assertEquals("s.json line 4, field 'features[1].name': value 'a' names two features", e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                feature("  {\"name\": \"b\", \"kind\": \"market-price\", \"ifNone\": 2}")));
        assertEquals("s.json line 4, field 'features[1].ifNone': value '2.0' is required: a price in [0, 1] to use"
                + " before the first price", e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                feature("  {\"name\": \"b\", \"kind\": \"decayed-sum\", \"type\": \"x\", \"halfLifeDays\": 0}")));
        assertEquals("features[1].halfLifeDays", e.field());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json",
                "{\"match\": \"tags\", \"features\": []}"));
        assertEquals("s.json line 1, field 'match': value 'tags' is not a match mode (modes: entities, all)",
                e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json", "{\"features\": []}"));
        assertTrue(e.getMessage().contains("must list at least one feature"), e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json", "{\"feature\": []}"));
        assertTrue(e.getMessage().startsWith("s.json line 1, field 'feature': is not a field of a feature spec"),
                e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> FeatureSpec.parse("s.json", "{\"features\": [\n"));
        assertTrue(e.getMessage().startsWith("s.json line 2: malformed JSON"), e.getMessage());
    }

    @Test
    void transformsAreTheStatedFunctions() {
        assertEquals(Probabilities.logit(0.3), Transform.LOGIT.apply(0.3), 0);
        assertEquals(Probabilities.logit(1e-6), Transform.LOGIT.apply(0), 0, "clipped at 1e-6");
        assertEquals(-Probabilities.logit(1e-6), Transform.LOGIT.apply(1), 1e-9);
        assertEquals(Math.log(3.5), Transform.LOG1P.apply(2.5), 1e-15);
        assertEquals(2.5, Transform.NONE.apply(2.5));
    }
}
