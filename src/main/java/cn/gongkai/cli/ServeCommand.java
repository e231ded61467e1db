package cn.gongkai.cli;

import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.serve.DashboardPage;
import cn.gongkai.serve.IngestTrigger;
import cn.gongkai.serve.NightlySchedule;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Runs the ingest on a schedule, unattended, and serves health, metrics and a dashboard page.",
    description = "Stays running: ingests the inbox on gongkai.serve.cron (nightly at 01:30, Asia/Shanghai, by "
        + "default), never two runs at once, and resumes a run that did not finish. Serves, on "
        + "server.address:server.port (127.0.0.1:8080 by default): / the HTML annual report of the latest "
        + "year, drawn again after each run; /actuator/health (Elasticsearch and the last run); "
        + "/actuator/prometheus (rows read/loaded/merged/rejected, run durations, last success); "
        + "GET /runs/latest; POST /runs to run now. Stop it with SIGTERM (Ctrl-C): a run cut short is "
        + "resumed by the next.")
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--inbox", paramLabel = "DIR", description = "the folder the exports are dropped in (default: gongkai.serve.inbox)")
  Path inbox;

  @Option(names = "--port", paramLabel = "N", description = "the HTTP port (default: server.port, 8080; 0 for any free port)")
  Integer port;

  @Option(names = "--cron", paramLabel = "EXPR",
      description = "when to run, as a Spring cron expression: second minute hour day month weekday "
          + "(default: gongkai.serve.cron, '0 30 1 * * *')")
  String cron;

  @Override
  public Integer call() throws Exception {
    Map<String, Object> overrides = new HashMap<>();
    overrides.put("spring.main.web-application-type", "servlet");
    if (inbox != null) {
      overrides.put("gongkai.serve.inbox", inbox.toAbsolutePath().normalize().toString());
    }
    if (port != null) {
      overrides.put("server.port", port);
    }
    if (cron != null) {
      overrides.put("gongkai.serve.cron", cron);
    }
    CountDownLatch closed = new CountDownLatch(1);
    ConfigurableApplicationContext context = GongkaiContext.start(overrides);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    announce(context, spec.commandLine().getOut());
    closed.await();
    return 0;
  }

  private static void announce(ConfigurableApplicationContext context, PrintWriter out) throws Exception {
    IngestTrigger trigger = context.getBean(IngestTrigger.class);
    if (!Files.isDirectory(trigger.inbox())) {
      Files.createDirectories(trigger.inbox());
      out.println("Created the inbox " + trigger.inbox());
    }
    out.println("Elasticsearch: " + context.getBean(ElasticsearchConnection.class).url());
    context.getBean(DashboardPage.class).refresh();
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    String address = context.getEnvironment().getProperty("server.address", "0.0.0.0");
    String base = "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    NightlySchedule schedule = context.getBean(NightlySchedule.class);
    out.println("Serving " + base + "/ (dashboard), " + base + "/actuator/health, " + base + "/actuator/prometheus");
    out.println("Ingesting " + trigger.inbox() + " on cron '" + schedule.cron() + "'; next run " + schedule.next()
        + ". POST " + base + "/runs runs it now. Stop with Ctrl-C or SIGTERM.");
    out.flush();
  }
}
