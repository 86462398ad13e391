package io.recordingrescue.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against the schemas of the Webex OpenAPI extract ({@code components.schemas}), so
 * tests can prove that what the sandbox sends and the client writes match the published contract.
 *
 * <p>The extract is a test resource of this repository ({@value #RESOURCE}; source, licence and
 * changes in {@code NOTICE}), so a clone builds and tests with nothing beside it.
 */
public final class OpenApiSchemas {

  static final String RESOURCE = "/webex/webex-converged-recordings-openapi.json";

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

  /** Loads the extract from the test class path. */
  public static OpenApiSchemas load() {
    return load(RESOURCE);
  }

  static OpenApiSchemas load(String resource) {
    try (InputStream in = OpenApiSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Webex OpenAPI extract not found on the test class path at " + resource);
      }
      return new OpenApiSchemas(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the OpenAPI extract at " + resource, e);
    }
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
