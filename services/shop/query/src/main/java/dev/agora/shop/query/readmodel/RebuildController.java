package dev.agora.shop.query.readmodel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Read model", description = "The read model built from events alone")
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/read-model/rebuild")
    @Operation(
            summary = "Rebuild the read model from scratch",
            description = "Empties the projections and replays the journal of consumed events in creation order;"
                    + " calls no other service. Answers when done, with counts.")
    RebuildReport rebuild() {
        return rebuild.rebuild();
    }
}
