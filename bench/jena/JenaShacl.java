// Apache Jena SHACL as a bench anchor: java JenaShacl <shapes.ttl> <data.nt|data.ttl>
// Parses both files, validates with ShaclValidator and prints one JSON line:
// {results, loadMs, validateMs, peakMB}; peakMB is the JVM's peak resident memory (VmHWM).
// Compiled by bench/run.mjs into its temp dir against Debian's libapache-jena-java; not committed compiled.
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

public class JenaShacl {
  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Graph shapesGraph = RDFDataMgr.loadGraph(args[0]);
    Graph data = RDFDataMgr.loadGraph(args[1]);
    long loaded = System.nanoTime();
    Shapes shapes = Shapes.parse(shapesGraph);
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    long validated = System.nanoTime();
    long peakKB = 0;
    for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) peakKB = Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
    System.out.println("{\"results\": " + report.getEntries().size()
        + ", \"loadMs\": " + (loaded - started) / 1_000_000
        + ", \"validateMs\": " + (validated - loaded) / 1_000_000
        + ", \"peakMB\": " + Math.round(peakKB / 1024.0) + "}");
  }
}
