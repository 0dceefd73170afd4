import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/** Build step: compiles every .jrxml design of a folder into a .jasper file of another. */
public class CompileReportDesigns {

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> designs;
        try (var files = Files.list(sources)) {
            designs = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path design : designs) {
            String name = design.getFileName().toString().replace(".jrxml", ".jasper");
            JasperCompileManager.compileReportToFile(design.toString(), target.resolve(name).toString());
            System.out.println("Compiled report design " + design.getFileName());
        }
    }
}
