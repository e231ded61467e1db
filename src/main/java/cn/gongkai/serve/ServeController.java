package cn.gongkai.serve;

import cn.gongkai.job.RunHistory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@code serve} answers besides Actuator: the dashboard page at {@code /}, the latest run's
 * summary at {@code GET /runs/latest}, and {@code POST /runs} to run the ingest now (202, or 409
 * while a run is going).
 */
@RestController
@ConditionalOnWebApplication
class ServeController {

  private final DashboardPage dashboard;
  private final IngestTrigger trigger;
  private final RunHistory history;
  private final NightlySchedule schedule;

  ServeController(DashboardPage dashboard, IngestTrigger trigger, RunHistory history, NightlySchedule schedule) {
    this.dashboard = dashboard;
    this.trigger = trigger;
    this.history = history;
    this.schedule = schedule;
  }

  @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String dashboard() {
    return dashboard.html();
  }

  @GetMapping("/runs/latest")
  ResponseEntity<RunHistory.PastRun> latest() {
    return history.latest().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
  }

  @PostMapping("/runs")
  ResponseEntity<Map<String, Object>> runNow() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("inbox", trigger.inbox().toString());
    body.put("next", schedule.next().toString());
    if (trigger.trigger("http").isEmpty()) {
      body.put("status", "refused");
      body.put("reason", "an ingest run is in progress; try again when it has finished (GET /runs/latest)");
      return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
    body.put("status", "started");
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
  }
}
