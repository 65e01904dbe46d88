package dev.agora.portal.ops.parked;

import dev.agora.messaging.ParkedMessage;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Parked messages over HTTP for operators and scripts: list, inspect, replay into the service's work queue,
 * discard. The console's buttons call these too.
 */
@RestController
@RequestMapping("/ops/api/services/{service}/parked")
class ParkedApiController {

    private final ParkingLots lots;

    ParkedApiController(ParkingLots lots) {
        this.lots = lots;
    }

    @GetMapping
    List<ParkedMessage> list(@PathVariable String service) {
        return lots.list(service);
    }

    @GetMapping("/{id}")
    ParkedMessage show(@PathVariable String service, @PathVariable String id) {
        return lots.find(service, id).orElseThrow(() -> notParked(service, id));
    }

    @PostMapping("/{id}/replay")
    ParkedAction replay(@PathVariable String service, @PathVariable String id) {
        if (!lots.replay(service, id)) throw notParked(service, id);
        return new ParkedAction(service, id, "replayed", service + "_job_q");
    }

    @DeleteMapping("/{id}")
    ParkedAction discard(@PathVariable String service, @PathVariable String id) {
        if (!lots.discard(service, id)) throw notParked(service, id);
        return new ParkedAction(service, id, "discarded", null);
    }

    static ErrorResponseException notParked(String service, String id) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No parked message '" + id + "' in the parking queue of " + service);
        problem.setTitle("Unknown parked message");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /** @param queue where a replayed message went */
    record ParkedAction(
            String service,
            String id,
            String outcome,
            @org.jspecify.annotations.Nullable String queue) {}
}
