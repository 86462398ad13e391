package io.recordingrescue.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against the schemas of the Webex OpenAPI extract ({@code components.schemas}), so
 * tests can prove that what the sandbox sends and the client writes match the published contract.
 *
 * <p>The extract is found through the system property {@code openapi.path}, else at {@code
 * ../shared/reference/webex-converged-recordings-openapi.json} relative to the project directory.
 */
public final class OpenApiSchemas {

  public static final String PATH_PROPERTY = "openapi.path";
  static final String DEFAULT_PATH = "../shared/reference/webex-converged-recordings-openapi.json";

  private final JsonNode components;
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

  private OpenApiSchemas(JsonNode document) {
    this.components = document.path("components");
    if (!components.path("schemas").isObject()) {
      throw new IllegalStateException("The OpenAPI extract has no components.schemas");
    }
  }

  /** Loads the extract; fails with the paths tried when it is missing. */
  public static OpenApiSchemas load() {
    Path path = locate();
    try {
      return new OpenApiSchemas(new ObjectMapper().readTree(path.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the OpenAPI extract at " + path, e);
    }
  }

  static Path locate() {
    String configured = System.getProperty(PATH_PROPERTY);
    Path path =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(System.getProperty("user.dir")).resolve(DEFAULT_PATH).normalize();
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "Webex OpenAPI extract not found at "
              + path.toAbsolutePath()
              + ". Set -D"
              + PATH_PROPERTY
              + "=<file> or put shared/ beside the project directory.");
    }
    return path;
  }

  /** The names of the schemas in {@code components.schemas}. */
  public Set<String> schemaNames() {
    Set<String> names = new LinkedHashSet<>();
    components.path("schemas").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * Validates {@code node} against {@code components.schemas.<schemaName>}.
   *
   * @return the validation messages; empty when valid
   * @throws IllegalArgumentException when the schema does not exist
   */
  public Set<String> validate(String schemaName, JsonNode node) {
    JsonSchema schema = cache.computeIfAbsent(schemaName, this::compile);
    Set<String> messages = new LinkedHashSet<>();
    for (ValidationMessage message : schema.validate(node)) {
      messages.add(message.getMessage());
    }
    return messages;
  }

  private JsonSchema compile(String schemaName) {
    if (!components.path("schemas").has(schemaName)) {
      throw new IllegalArgumentException(
          "No schema " + schemaName + " in the OpenAPI extract; have " + schemaNames());
    }
    // A root that points into its own copy of components, so "#/components/schemas/.." refs
    // resolve.
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("$ref", "#/components/schemas/" + schemaName);
    root.set("components", components);
    return factory.getSchema(URI.create("urn:recording-rescue:openapi:" + schemaName), root);
  }
}
