"""Arabic named-entity recognition: features, CRF training, conlleval scoring, the organisation
rule; the committed model lives in marsad/models. May import: arabic, resources, document (types
only); never extract/ (extract/entities.py is the pipeline component that uses it)."""