package dev.agora.portal.ops.parked;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The parked messages of one service, and one of them in full; the buttons call {@link ParkedApiController}. */
@Controller
@RequestMapping("/ops/parked/{service}")
class ParkedPagesController {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ParkingLots lots;

    ParkedPagesController(ParkingLots lots) {
        this.lots = lots;
    }

    @GetMapping
    String list(@PathVariable String service, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("messages", lots.list(service));
        return "ops/parked";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String service, @PathVariable String id, Model model) {
        model.addAttribute("service", service);
        var message = lots.find(service, id).orElseThrow(() -> ParkedApiController.notParked(service, id));
        model.addAttribute("message", message);
        model.addAttribute("headers", JSON.writeValueAsString(message.headers()));
        return "ops/parked-message";
    }
}
