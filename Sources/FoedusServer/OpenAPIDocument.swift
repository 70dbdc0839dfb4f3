import FoedusCore
import FoedusData

/// The OpenAPI 3.1 description of the API, served at `/openapi.json`, with the server's limits declared.
enum OpenAPIDocument {
    static func json(limits: ServerConfiguration.Limits) -> String {
        #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Foedus API",
            "version": "\#(FoedusVersion.code)",
            "description": "Who must help whom, under which article, when a state is attacked. Data \#(BundledData.version). Responses mirror the CLI's --json (docs/json.md). Writes need a bearer token (foedus token create NAME).",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}
          },
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "parameters": {
              "on": {"name": "on", "in": "query", "required": false, "description": "The day (UTC), from 1816-01-01; default today.", "schema": {"type": "string", "format": "date", "pattern": "^(18(1[6-9]|[2-9][0-9])|19[0-9]{2}|2[0-9]{3})-[0-9]{2}-[0-9]{2}$"}},
              "with": {"name": "with", "in": "query", "required": false, "description": "User treaties to apply to this request only.", "schema": {"type": "array", "maxItems": \#(limits.userTreaties), "items": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$"}}, "style": "form", "explode": true},
              "attack": {"name": "attack", "in": "query", "required": true, "description": "AGGRESSOR:VICTIM[@THEATRE][!]; states by COW number, COW or ISO3 code, or name.", "schema": {"type": "array", "minItems": 1, "maxItems": \#(limits.attacks), "items": {"type": "string", "maxLength": 120}}, "style": "form", "explode": true},
              "policy": {"name": "policy", "in": "query", "required": false, "schema": {"type": "string", "enum": ["strict", "treaty", "chain"]}},
              "honour": {"name": "honour", "in": "query", "required": false, "schema": {"type": "string", "enum": ["automatic", "discretionary"]}},
              "includeUncertain": {"name": "includeUncertain", "in": "query", "required": false, "schema": {"type": "boolean"}},
              "includeContested": {"name": "includeContested", "in": "query", "required": false, "schema": {"type": "boolean"}},
              "explain": {"name": "explain", "in": "query", "required": false, "schema": {"type": "array", "maxItems": 32, "items": {"type": "string", "maxLength": 80}}, "style": "form", "explode": true}
            },
            "schemas": {
              "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "problems": {"type": "array", "items": {"type": "string"}}, "requestId": {"type": "string"}}}}},
              "Report": {"type": "object", "description": "See docs/json.md for the fields."},
              "UserTreaty": {"type": "object", "required": ["id", "name", "owner", "created", "yaml"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "owner": {"type": "string"}, "created": {"type": "string"}, "yaml": {"type": "string"}, "notes": {"type": "array", "items": {"type": "string"}}}},
              "UserTreatyList": {"type": "object", "required": ["treaties"], "properties": {"treaties": {"type": "array", "items": {"$ref": "#/components/schemas/UserTreaty"}}, "next": {"type": "string"}}}
            },
            "responses": {
              "BadRequest": {"description": "A parameter is invalid; the message names it.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "Unauthorized": {"description": "A valid bearer token is required.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "NotFound": {"description": "No such resource.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "Busy": {"description": "Too many expensive requests are running; retry after the given seconds.", "headers": {"Retry-After": {"schema": {"type": "integer"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          },
          "paths": {
            "/health": {"get": {"operationId": "health", "summary": "Liveness, with the code and data versions.", "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object", "required": ["status", "foedus", "data"], "properties": {"status": {"type": "string"}, "foedus": {"type": "string"}, "data": {"type": "string"}}}}}}}}},
            "/v1/states": {"get": {"operationId": "states", "summary": "The states in the system on a day.", "parameters": [{"$ref": "#/components/parameters/on"}], "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}}, "304": {"description": "Not modified (ETag)."}, "400": {"$ref": "#/components/responses/BadRequest"}}}},
            "/v1/treaties": {"get": {"operationId": "treaties", "summary": "The treaties in force on a day.", "parameters": [{"$ref": "#/components/parameters/on"}, {"name": "state", "in": "query", "required": false, "schema": {"type": "string", "maxLength": 80}}, {"$ref": "#/components/parameters/with"}], "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}}, "304": {"description": "Not modified (ETag)."}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/v1/treaties/{id}": {"get": {"operationId": "treaty", "summary": "One treaty: dates, parties, suspensions and coded clauses with quotes and sources.", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$"}}, {"$ref": "#/components/parameters/with"}], "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}}, "304": {"description": "Not modified (ETag)."}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/v1/simulate": {"get": {"operationId": "simulate", "summary": "Reliability Monte Carlo with the literature's priors (docs/analysis.md).", "parameters": [{"$ref": "#/components/parameters/on"}, {"$ref": "#/components/parameters/attack"}, {"$ref": "#/components/parameters/policy"}, {"$ref": "#/components/parameters/honour"}, {"$ref": "#/components/parameters/includeUncertain"}, {"$ref": "#/components/parameters/includeContested"}, {"$ref": "#/components/parameters/with"}, {"name": "runs", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": \#(limits.runs)}}, {"name": "seed", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 0, "maximum": 2147483647}}], "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}}, "304": {"description": "Not modified (ETag)."}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}, "429": {"$ref": "#/components/responses/Busy"}}}},
            "/v1/obligations": {"get": {"operationId": "obligations", "summary": "The duties the attacks trigger (policy strict unless given).", "parameters": [{"$ref": "#/components/parameters/on"}, {"$ref": "#/components/parameters/attack"}, {"$ref": "#/components/parameters/policy"}, {"$ref": "#/components/parameters/honour"}, {"$ref": "#/components/parameters/includeUncertain"}, {"$ref": "#/components/parameters/includeContested"}, {"$ref": "#/components/parameters/explain"}, {"$ref": "#/components/parameters/with"}], "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}}, "304": {"description": "Not modified (ETag)."}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/v1/scenario": {"get": {"operationId": "scenario", "summary": "The cascade: sides, reasons, who stays out, conflicts (policy treaty unless given).", "parameters": [{"$ref": "#/components/parameters/on"}, {"$ref": "#/components/parameters/attack"}, {"$ref": "#/components/parameters/policy"}, {"$ref": "#/components/parameters/honour"}, {"$ref": "#/components/parameters/includeUncertain"}, {"$ref": "#/components/parameters/includeContested"}, {"$ref": "#/components/parameters/explain"}, {"$ref": "#/components/parameters/with"}], "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}}, "304": {"description": "Not modified (ETag)."}, "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
            "/v1/user-treaties": {
              "get": {"operationId": "listUserTreaties", "summary": "User treaties, in id order.", "parameters": [{"name": "after", "in": "query", "required": false, "schema": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$"}}, {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": \#(limits.page)}}, {"name": "owner", "in": "query", "required": false, "schema": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$"}}], "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserTreatyList"}}}}, "400": {"$ref": "#/components/responses/BadRequest"}}},
              "post": {"operationId": "createUserTreaty", "summary": "Store a treaty (the treaty format, YAML); it applies only to requests that name it.", "security": [{"bearer": []}], "requestBody": {"required": true, "content": {"application/yaml": {"schema": {"type": "string", "maxLength": \#(limits.bodyBytes)}}}}, "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserTreaty"}}}, "links": {"GetUserTreaty": {"operationId": "getUserTreaty", "parameters": {"id": "$response.body#/id"}}, "DeleteUserTreaty": {"operationId": "deleteUserTreaty", "parameters": {"id": "$response.body#/id"}}}}, "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "409": {"description": "The id is taken.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "Body too large.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "The treaty has problems; each is listed.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}
            },
            "/v1/user-treaties/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$"}}],
              "get": {"operationId": "getUserTreaty", "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserTreaty"}}}}, "404": {"$ref": "#/components/responses/NotFound"}}},
              "delete": {"operationId": "deleteUserTreaty", "security": [{"bearer": []}], "responses": {"204": {"description": "Deleted"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"description": "Not the owner.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"$ref": "#/components/responses/NotFound"}}}
            }
          }
        }
        """#
    }
}
