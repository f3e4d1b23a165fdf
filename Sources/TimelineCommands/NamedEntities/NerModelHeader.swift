/// The attribution every shipped tagger model carries in its header (the corpus's licence asks for it).
enum NerModelHeader {
    static let lines = [
        "Hindi name tagger (person, organization, location) of timeline's actor recognition: averaged perceptron, hashed features.",
        "Trained on the Hindi part of IL-NER (Bahad, Mishra, Arora, Balabantaray, Sharma, Krishnamurthy; Bhashini project:",
        "IIIT Hyderabad, CDAC Noida, IIIT Bhubaneswar), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).",
        "Cite: Fine-tuning Pre-trained Named Entity Recognition Models For Indian Languages, arXiv:2405.04829, 2024.",
    ]
}
