"""Arabic named-entity recognition: features, CRF training, conlleval scoring, the organisation rule."""
