// ActorRecognition
