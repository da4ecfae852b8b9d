package org.clausewise.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;

/**
 * The five seed texts as their checked clean truth (src/test/resources/seeds.json), built into
 * {@link Resolution}s without the parser, so the engine is tested on real clause texts on its own.
 */
final class SeedTexts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedTexts() {
    }

    static JsonNode json(String resource) {
        try (InputStream in = SeedTexts.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Resolution seed(String seedName) {
        JsonNode t = json("/seeds.json").get(seedName);
        List<Clause> preamble = new ArrayList<>();
        for (JsonNode p : t.get("preamble")) {
            preamble.add(Clause.preambular(preamble.size() + 1, p.asText(), List.of()));
        }
        List<Clause> operative = new ArrayList<>();
        for (JsonNode p : t.get("operative")) {
            operative.add(Clause.operative(operative.size() + 1, p.asText(), List.of(), List.of()));
        }
        return new Resolution(t.get("symbol").isNull() ? null : t.get("symbol").asText(), t.get("session").asInt(),
                "draft".equals(t.get("kind").asText()) ? ResolutionKind.DRAFT : ResolutionKind.RESOLUTION,
                t.get("title").asText(), LocalDate.parse(t.get("date").asText()), preamble, operative,
                List.of(), List.of(), seedName);
    }
}
